import { catalogAreas } from './catalog';
import { pluralKey } from './plural';

const keys = new Set(Object.values(catalogAreas).flatMap((area) => Object.keys(area)));

describe('pluralKey', () => {
  it('gives the one form for exactly 1 and the other form otherwise', () => {
    expect(pluralKey('pane.summary.errors', 1)).toBe('pane.summary.errors.one');
    expect(pluralKey('pane.summary.errors', 0)).toBe('pane.summary.errors.other');
    expect(pluralKey('pane.summary.errors', 3)).toBe('pane.summary.errors.other');
  });

  it('always names a key of the catalogue: every counted text has both forms', () => {
    const counted = [...keys].filter((k) => /\.(one|other)$/.test(k));
    expect(counted.length).toBeGreaterThan(10);
    const missing = counted.map((k) => k.replace(/\.(one|other)$/, (_, form: string) => (form === 'one' ? '.other' : '.one'))).filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });
});
