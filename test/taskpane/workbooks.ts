/**
 * Workbooks for the adapter tests: the 2025 volume table of seed 000 as a controller has it in Excel
 * (figures typed in as numbers), and a fake Excel installed as the global the adapter calls.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gridFromText } from '../../src/core/tables';
import { createFakeExcel, type FakeCellValue, type FakeConfig, type FakeExcel } from '../fakes/fake-excel';

export const SEED_TSV = path.resolve(__dirname, '..', 'fixtures', 'seed-000-volumes.tsv');

/** "8 100" → 8100: a figure pasted from the PDF, as it is once typed into a cell. Labels stay text. */
function asTyped(cell: string | null): FakeCellValue {
  if (cell === null) return null;
  return /^\d{1,3}( \d{3})*$/.test(cell) ? Number(cell.replace(/ /g, '')) : cell;
}

/** The seed's volume table (61 rows × 4 columns, header in row 1), figures as numbers. */
export function seedVolumeRows(): FakeCellValue[][] {
  const grid = gridFromText(fs.readFileSync(SEED_TSV, 'utf8'));
  return grid.cells.map((row) => row.map((c) => asTyped(c === null ? null : String(c))));
}

/** The sheet row (1-based, table at A1) of the first row labelled `label`. */
export function rowOf(rows: FakeCellValue[][], label: string): number {
  const i = rows.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no row ${label}`);
  return i + 1;
}

/** Creates the fake and makes it the globals `Excel` and `Office` the adapter uses. */
export function installFake(config: FakeConfig): FakeExcel {
  const fake = createFakeExcel(config);
  (globalThis as unknown as { Excel: unknown }).Excel = fake.Excel;
  (globalThis as unknown as { Office: unknown }).Office = fake.Office;
  return fake;
}

/**
 * A volume table of `n` data rows under one section and group, with a totals row: figures that add up,
 * so every row is a real data row for the checks.
 */
export function bigVolumeRows(n: number): FakeCellValue[][] {
  const rows: FakeCellValue[][] = [
    [null, 'uppdrag', 'bas', 'tillägg'],
    ['Somatik', null, null, null],
    ['Förstabesök', null, null, null],
  ];
  let total = 0;
  let base = 0;
  for (let i = 1; i <= n; i++) {
    const b = 100 + (i % 50);
    const a = i % 30;
    rows.push([`Specialitet ${i}`, b + a, b, a]);
    total += b + a;
    base += b;
  }
  rows.push(['Totalsumma', total, base, total - base]);
  return rows;
}

/**
 * An indicator table in the layout of seed 000 (targets as the seed writes them), with outcomes for
 * August constructed by hand. Title above the header, as follow-up workbooks have. By hand:
 * row 4 0,87 against ≥ 90 % missed; row 5 0,51 against 100 % missed; row 6 0,93 against ≤ 90 % missed;
 * row 7 0,88 against ≤ 90 % met; row 8 0,079 against ≤ 8,5 % met; row 9 Ja against Ja met;
 * row 10 412 against "Ska öka" from 350 met; row 11 no target: not assessable;
 * row 12 "ska öka" with no outcome: not assessable, and outcome-missing.
 */
export function indicatorRows(): FakeCellValue[][] {
  return [
    ['Indikatorer 2025, uppföljning delår augusti', null, null, null, null],
    [null, null, null, null, null],
    ['Uppdrag', 'Indikator', 'Målvärde', 'Utfall', 'Föregående'],
    ['Ambulanssjukvård', 'Andel Prio 1A som nås med första insats inom 20 minuter', '≥90 % inom 20 minuter (regionalt mål)', 0.87, null],
    ['Bas- och tillgänglighetssatsningar', 'Måluppfyllelse, utförda volymer i förhållande till plan', '100%', 0.51, null],
    ['Omställning', 'Beläggningsgrad, somatisk vård', '≤ 90 %', 0.93, null],
    ['Omställning', 'Beläggningsgrad, psykiatrisk vård', '≤ 90 %', 0.88, null],
    ['Omställning', 'Oplanerade återinläggningar inom 30 dagar 65 år och äldre', '≤ 8,5%', 0.079, null],
    ['Förstärkt intensivvård', 'Förstärkt IVA-vård i beredskapsplanen', 'Ja', 'Ja', null],
    ['Omställning', 'Egenmonitorering, antal patienter', 'Ska öka', 412, 350],
    ['Omställning', 'Medelvårdtid på sjukhus', null, 5.2, null],
    ['Omställning', 'Andel digitala vårdmöten med ljud och bild', 'ska öka', null, 0.04],
  ];
}

/** The seed's volume table with an "Utfört" column E: performed volumes to August, made up by hand. */
export function volumeRowsWithOutcome(): FakeCellValue[][] {
  const rows = seedVolumeRows();
  return rows.map((row, i) => {
    if (i === 0) return [...row, 'Utfört'];
    const [label, total] = row;
    // A data row: two-thirds of the year's assignment by August, plus a little, as a whole number.
    const performed = typeof total === 'number' && label !== 'Totalsumma' ? Math.round((total * 8) / 12) + 10 : null;
    return [...row, performed];
  });
}
