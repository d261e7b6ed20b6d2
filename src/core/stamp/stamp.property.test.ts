/**
 * Properties of the stamp's digests over generated grids of every kind of value: any single cell changed (so
 * that Excel would show it differently) changes the table's digest and is placed on its row; what is no value
 * — number formats, the grid's own extent, digits past the 15 Excel shows — changes nothing; and the
 * canonical text reads back into the very tokens it was written from, so no two different tables share it.
 */
import { createHash } from 'crypto';
import fc from 'fast-check';
import { cellToken, makeStamp, tableText, rowLines, verifyStamp, canonicalNumber, type StampRecord } from '.';
import type { CellValue, Grid } from '../types';
import { EXCEL_ERROR_CODES } from '../types';

const RUNS = Number(process.env.MALKOLL_PROPERTY_RUNS ?? 150);
const SEED = process.env.MALKOLL_PROPERTY_SEED === 'random' ? undefined : 20251205;
const sha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('\t', '\n', '\r\n', '\\', '\\t', 'n1', 'b1', 'e#N/A', ' ', '\ud800', 'Förstabesök', '8 100'),
);
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.1, 0.3, 1 / 3, -0, 1e-7));
const value: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...EXCEL_ERROR_CODES).map((error) => ({ error })) },
);
const grid = fc
  .record({
    height: fc.integer({ min: 1, max: 8 }),
    width: fc.integer({ min: 1, max: 5 }),
    top: fc.integer({ min: 1, max: 40 }),
    left: fc.integer({ min: 1, max: 30 }),
  })
  .chain(({ height, width, top, left }) =>
    fc
      .array(fc.array(value, { minLength: width, maxLength: width }), { minLength: height, maxLength: height })
      .map((cells): Grid => ({ sheet: 'Blad 1', top, left, cells })),
  );

const letters = (column: number): string => (column > 26 ? letters(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26));
const rangeOf = (g: Grid) => `${letters(g.left)}${g.top}:${letters(g.left + g.cells[0].length - 1)}${g.top + g.cells.length - 1}`;

async function stampOf(g: Grid): Promise<StampRecord> {
  const made = await makeStamp(
    {
      tables: [{ sheet: 'Blad 1', range: rangeOf(g), kind: 'volumes' }],
      summary: { errors: 0, warnings: 0, missed: 0 },
      grids: [g],
      version: '0',
      checkedAt: new Date(0),
      source: 'cli',
    },
    sha256,
  );
  if (!made.ok) throw new Error('not stamped');
  return made.stamp;
}

/** The tokens of a canonical text's rows, read back by the rules it was written with. */
function readBack(canonical: string): string[][] {
  const lines = canonical.split('\n');
  expect(lines.pop()).toBe('');
  return lines.slice(1).map((line) => line.split('\t'));
}
function unescape(token: string): string {
  return token.replace(/\\(?:u\{([0-9A-F]{4})\}|(.))/gs, (_, hex: string | undefined, c: string) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : ({ t: '\t', n: '\n', r: '\r', '\\': '\\' } as Record<string, string>)[c],
  );
}

describe('the stamp over generated grids', () => {
  it('finds any single cell changed, on its own row', async () => {
    await fc.assert(
      fc.asyncProperty(grid, fc.nat(), fc.nat(), value, async (g, r, c, next) => {
        const row = r % g.cells.length;
        const column = c % g.cells[0].length;
        fc.pre(cellToken(next) !== cellToken(g.cells[row][column]));
        const stamp = await stampOf(g);
        const edited = structuredClone(g);
        edited.cells[row][column] = next;
        const now = await verifyStamp(stamp, [edited], undefined, sha256);
        expect(now).toMatchObject({ status: 'changed', tables: [{ status: 'changed', rows: [g.top + row] }] });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('is the same for the same values: formats, the grid around the range and digits Excel does not show change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(grid, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), async (g, above, before) => {
        const stamp = await stampOf(g);
        // The same values read with blank rows and columns around them, number formats, and each number as
        // LibreOffice writes it (15 significant digits).
        const cells = [
          ...Array.from({ length: above }, () => Array<CellValue>(before + g.cells[0].length).fill(null)),
          ...g.cells.map((row) => [...Array<CellValue>(before).fill(null), ...row.map((v) => (typeof v === 'number' ? Number(canonicalNumber(v)) : v))]),
        ];
        const same: Grid = { sheet: 'Blad 1', top: g.top - above, left: g.left - before, cells, formats: cells.map((row) => row.map(() => '0.0%')) };
        fc.pre(same.top >= 1 && same.left >= 1);
        expect(await verifyStamp(stamp, [same], undefined, sha256)).toMatchObject({ status: 'unchanged' });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('writes a text that reads back into its tokens: no two different tables share it', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const rect = { top: g.top, left: g.left, bottom: g.top + g.cells.length - 1, right: g.left + g.cells[0].length - 1 };
        const tokens = readBack(tableText(rangeOf(g), rowLines(g, rect)));
        expect(tokens).toEqual(g.cells.map((row) => row.map(cellToken)));
        for (const [r, row] of g.cells.entries()) {
          for (const [c, v] of row.entries()) {
            if (typeof v === 'string' && v !== '') expect(unescape(tokens[r][c].slice(1))).toBe(v);
          }
        }
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});
