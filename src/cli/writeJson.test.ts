import fc from 'fast-check';
import { writeJson } from './writeJson';

const written = (value: unknown): string => {
  const pieces: string[] = [];
  writeJson(value, (s) => pieces.push(s));
  return pieces.join('');
};

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value)).toBe(JSON.stringify(value, null, 2));
      }),
      { seed: 42, numRuns: 500 },
    );
    const report = { files: [{ file: 'a\u001b.xlsx', tables: [], error: undefined, summary: { errors: 0 } }], empty: {}, list: [] };
    expect(written(report)).toBe(JSON.stringify(report, null, 2));
  });

  it('writes a large report in pieces, none of them large', () => {
    const report = {
      findings: Array.from({ length: 20_000 }, (_, i) => ({ cell: `A${i + 1}`, row: i + 1, code: 'duplicate-row', message: 'samma rad två gånger' })),
    };
    const pieces: string[] = [];
    writeJson(report, (s) => pieces.push(s));
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70 * 1024);
  });
});
