import { cellRectangles } from './ourRules';

describe('cellRectangles', () => {
  it('covers exactly the cells, with runs of a column and equal runs of neighbouring columns joined', () => {
    expect(cellRectangles(['C31', 'C32', 'D31', 'D32', 'B5'])).toEqual(['B5', 'C31:D32']);
    expect(cellRectangles(['A1', 'A3'])).toEqual(['A1', 'A3']);
    expect(cellRectangles(['B2', 'B3', 'B4', 'C3'])).toEqual(['B2:B4', 'C3']);
    expect(cellRectangles(['A1', 'B1', 'D1'])).toEqual(['A1:B1', 'D1']);
  });

  it('marks a cell named twice once, and keeps an address that is already a range', () => {
    expect(cellRectangles(['C31', 'C31', 'A12:F12'])).toEqual(['C31', 'A12:F12']);
    expect(cellRectangles([])).toEqual([]);
  });

  it('never leaves a cell out or adds one, whatever the pattern', () => {
    const cells = ['A1', 'A2', 'B2', 'B3', 'C1', 'C2', 'C3', 'E5', 'AA10', 'AB10', 'AB11'];
    const covered = new Set<string>();
    for (const r of cellRectangles(cells)) {
      const [from, to = from] = r.split(':');
      const col = (a: string) => [...a.replace(/\d+/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const row = (a: string) => Number(a.replace(/[A-Z]+/, ''));
      for (let c = col(from); c <= col(to); c++) {
        for (let rr = row(from); rr <= row(to); rr++) {
          const name = (c > 26 ? String.fromCharCode(64 + Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26)) + rr;
          expect(covered.has(name)).toBe(false);
          covered.add(name);
        }
      }
    }
    expect([...covered].sort()).toEqual([...cells].sort());
  });
});
