import { checkVolumes } from '.';
import { summarize } from '../../workbook/summarize';
import type { Finding, Grid } from '../../types';
import type { VolumeTable } from './types';
import { formatMessage } from '../../../i18n/format';
import { asExcelWouldHold, fixtureText, pastedGrid, withCell, withCells, withoutRows } from '../../../../test/fixtures/grids';

const SEED = 'seed-000-volumes.tsv';
const excelSeed = (): Grid => asExcelWouldHold(pastedGrid(SEED));

function only(grid: Grid): VolumeTable {
  const check = checkVolumes(grid);
  expect(check.findings).toEqual([]);
  expect(check.tables).toHaveLength(1);
  return check.tables[0] as VolumeTable;
}
const codesAt = (findings: Finding[]) => findings.map((f) => `${f.code}@${f.cell}`);
const errors = (t: VolumeTable) => t.findings.filter((f) => f.severity === 'error');

describe('the 2025 volume table of seed 000', () => {
  test('the fixture itself adds up: 82 605 = 59 297 + 23 308, and each column is the sum of its rows', () => {
    // Summed here from the text, independently of the engine.
    const sums = [0, 0, 0];
    let totals: number[] = [];
    for (const line of fixtureText(SEED).split('\n')) {
      const cells = line.replace(/<\/?b>/g, '').split('\t');
      const figures = cells.slice(1, 4).map((c) => (/^[\d ]+$/.test(c) ? Number(c.replace(/ /g, '')) : null));
      if (figures.some((f) => f === null)) continue;
      if (cells[0] === 'Totalsumma') totals = figures as number[];
      else figures.forEach((f, i) => (sums[i] += f as number));
    }
    expect(totals).toEqual([82605, 59297, 23308]);
    expect(sums).toEqual(totals);
  });

  test('as Excel holds it (numbers as numbers): one table, no findings at all', () => {
    const t = only(excelSeed());
    expect(t.range).toBe('A1:D61');
    expect(t.findings).toEqual([]);
    expect(t.columns).toMatchObject({ label: 1, total: 2, base: 3, additional: 4, headers: { total: 'uppdrag', base: 'SV bas', additional: 'tillägg' } });
    expect(summarize([checkVolumes(excelSeed())])).toMatchObject({ errors: 0, warnings: 0, readyToSubmit: true });
  });

  test('as pasted text: no errors, and every figure is a text-number warning', () => {
    const t = only(pastedGrid(SEED));
    expect(errors(t)).toEqual([]);
    // 49 data rows and the totals row, three figures each.
    expect(t.findings).toHaveLength(150);
    expect(new Set(t.findings.map((f) => f.code))).toEqual(new Set(['text-number']));
    const bup = t.findings.find((f) => f.cell === 'B5');
    expect(bup).toMatchObject({ severity: 'warning', row: 5, column: 2, rowLabel: 'VUP', columnHeader: 'uppdrag', actual: '1 000', expected: 1000 });
    expect(formatMessage('sv', bup!.message)).toBe('uppdrag: talet är lagrat som text (”1 000”); det räknas som 1 000');
  });

  test('rows get their kinds, sections and groups; the split header is a header and starts the operations group', () => {
    const t = only(excelSeed());
    const row = (n: number) => t.rows.find((r) => r.row === n)!;
    expect(row(2)).toMatchObject({ kind: 'section', label: 'Psykiatri' });
    expect(row(3)).toMatchObject({ kind: 'group', label: 'Förstabetesök', section: 'Psykiatri' });
    expect(row(4)).toMatchObject({ kind: 'data', label: 'BUP', section: 'Psykiatri', group: 'Förstabetesök', total: 760, base: 516, additional: 244 });
    expect(row(12)).toMatchObject({ kind: 'section', label: 'Somatik' });
    expect(row(36).kind).toBe('blank');
    expect(row(37)).toMatchObject({ kind: 'header', label: 'Operation/åtgärd' });
    expect(row(38).kind).toBe('header');
    expect(row(54)).toMatchObject({ kind: 'data', label: 'Urologi', section: 'Somatik', group: 'Operation/åtgärd', total: 1450 });
    expect(row(59)).toMatchObject({ kind: 'data', label: 'Gastroskopi', group: 'Undersökning' });
    expect(row(61)).toMatchObject({ kind: 'total', label: 'Totalsumma', total: 82605, base: 59297, additional: 23308 });
    expect(t.rows.filter((r) => r.kind === 'data')).toHaveLength(49);
  });

  test('without its second header half, the "SV" row is not taken for a header: the table fails closed', () => {
    const t = only(withoutRows(excelSeed(), [38]));
    expect(codesAt(errors(t)).slice(0, 3)).toEqual(['not-a-number@B37', 'blank@C37', 'blank@D37']);
    // With no group started, the operations repeat the first visits' specialties: Ablation is new, Allmän kirurgi is not.
    expect(codesAt(errors(t)).slice(3, 5)).toEqual(['duplicate-row@A39', 'duplicate-row@A41']);
    expect(summarize([checkVolumes(withoutRows(excelSeed(), [38]))]).readyToSubmit).toBe(false);
  });
});

describe('one defect of each kind in the seed table', () => {
  test('sum-mismatch: Ortopedi bas 8 134 instead of 8 143 is flagged at C30, the cell that was changed', () => {
    // 11 080 − 2 937 = 8 143 closes the row; the bas rows add up to 59 297 − 9 = 59 288, so the total agrees with 8 143.
    const t = only(withCell(excelSeed(), 'C30', 8134));
    expect(codesAt(t.findings)).toEqual(['sum-mismatch@C30', 'total-mismatch@C61']);
    const [sum, total] = t.findings;
    expect(sum).toMatchObject({ severity: 'error', row: 30, column: 3, rowLabel: 'Ortopedi', columnHeader: 'SV bas', actual: 8134, expected: 8143 });
    expect(formatMessage('sv', sum.message)).toBe(
      'bas 8 134 ser felskriven ut: uppdrag 11 080 − tillägg 2 937 = 8 143, och summaraden för bas stämmer med 8 143',
    );
    expect(formatMessage('en', sum.message)).toBe(
      "base 8,134 looks mistyped: total 11,080 − additional 2,937 = 8,143, and the base column's totals row agrees with 8,143",
    );
    // Still true, and now it says where to look.
    expect(total).toMatchObject({ actual: 59297, expected: 59288, columnHeader: 'SV bas', rowLabel: 'Totalsumma' });
    expect(formatMessage('en', total.message)).toBe(
      'SV bas: the totals row says 59,297, but rows 4–60 above add up to 59,288 (probably a mistyped figure on row 30)',
    );
    expect(formatMessage('sv', total.message)).toBe(
      'SV bas: summaraden anger 59 297, men raderna 4–60 ovanför summerar till 59 288 (troligen ett felskrivet tal på rad 30)',
    );
  });

  test('total-mismatch: Totalsumma uppdrag 82 600', () => {
    const t = only(withCell(excelSeed(), 'B61', 82600));
    expect(codesAt(t.findings)).toEqual(['total-mismatch@B61']);
    expect(t.findings[0]).toMatchObject({ actual: 82600, expected: 82605 });
  });

  test('negative: a minus sign on Allmän kirurgi tillägg, and the sums that need it are not reported again', () => {
    const t = only(withCell(excelSeed(), 'D15', -1764));
    expect(codesAt(t.findings)).toEqual(['negative@D15']);
    expect(t.findings[0]).toMatchObject({ severity: 'error', actual: -1764, rowLabel: 'Allmän kirurgi', columnHeader: 'tillägg' });
  });

  test('negative written as text with U+2212 is still a negative volume', () => {
    const t = only(withCell(excelSeed(), 'D15', '\u22121 764'));
    expect(codesAt(t.findings)).toEqual(['negative@D15']);
  });

  test('not-integer', () => {
    const t = only(withCell(excelSeed(), 'D15', 1764.5));
    expect(codesAt(t.findings)).toEqual(['not-integer@D15']);
    expect(formatMessage('sv', t.findings[0].message)).toBe('tillägg: volymen 1 764,5 är inte ett heltal');
  });

  test('floating-point noise is no decimal: =1,1*3*1000 gives 3300.0000000000005, read as 3 300 in the row and the totals', () => {
    const noisy = 1.1 * 3 * 1000;
    expect(noisy).not.toBe(3300); // the noise is real
    const t = only({
      top: 1,
      left: 1,
      cells: [
        [null, 'Uppdrag', 'Bas', 'Tillägg'],
        ['Ortopedi', noisy, 2000, 1300],
        ['Hud', 5500, 3858, 1642],
        ['Totalsumma', 8800, 5858, 2942],
      ],
    });
    expect(t.findings).toEqual([]);
    expect(t.rows[1]).toMatchObject({ total: 3300 });
  });

  test('a real fraction is still not an integer, next to noise', () => {
    const t = only(withCells(excelSeed(), { D15: 1764.5, D16: 0.1 + 0.2 - 0.3 }));
    expect(codesAt(t.findings)).toEqual(['not-integer@D15']);
  });

  test('blank', () => {
    const t = only(withCell(excelSeed(), 'C4', null));
    expect(codesAt(t.findings)).toEqual(['blank@C4']);
    expect(formatMessage('sv', t.findings[0].message)).toBe('SV bas saknas för BUP');
  });

  test('formula-error, as an error value and as the error text', () => {
    expect(codesAt(only(withCell(excelSeed(), 'B5', { error: '#REF!' })).findings)).toEqual(['formula-error@B5']);
    const t = only(withCell(excelSeed(), 'D60', '#DIV/0!'));
    expect(codesAt(t.findings)).toEqual(['formula-error@D60']);
    expect(formatMessage('en', t.findings[0].message)).toBe('tillägg: the cell shows the error #DIV/0!');
  });

  test('not-a-number', () => {
    const t = only(withCell(excelSeed(), 'D7', 'sextio'));
    expect(codesAt(t.findings)).toEqual(['not-a-number@D7']);
    expect(t.findings[0]).toMatchObject({ actual: 'sextio', rowLabel: 'BUP' });
  });

  test('a percentage is not a volume', () => {
    expect(codesAt(only(withCell(excelSeed(), 'D7', '60 %')).findings)).toEqual(['not-a-number@D7']);
  });

  test('text-number: one figure typed as text in a table of numbers', () => {
    const t = only(withCell(excelSeed(), 'B4', '760'));
    expect(codesAt(t.findings)).toEqual(['text-number@B4']);
    expect(t.findings[0].severity).toBe('warning');
  });

  test('placeholder: dashes on a zero row are read as 0 and said so', () => {
    const t = only(withCells(excelSeed(), { B14: '–', C14: '-', D14: 'x' }));
    expect(codesAt(t.findings)).toEqual(['placeholder@B14', 'placeholder@C14', 'placeholder@D14']);
    expect(t.findings.every((f) => f.severity === 'warning' && f.expected === 0)).toBe(true);
    expect(formatMessage('sv', t.findings[0].message)).toBe('uppdrag: ”–” räknas som 0 i summorna');
    expect(summarize([checkVolumes(withCell(excelSeed(), 'B14', '–'))]).readyToSubmit).toBe(true);
  });

  test('a placeholder where a figure was due does not hide the sum that no longer adds up', () => {
    const t = only(withCell(excelSeed(), 'D4', '-'));
    // BUP's tillägg 244 is a dash: the row is 244 short and so is the tillägg column, so the dash is the figure to fix.
    expect(codesAt(t.findings)).toEqual(['placeholder@D4', 'sum-mismatch@D4', 'total-mismatch@D61']);
    expect(t.findings[1]).toMatchObject({ severity: 'error', actual: 0, expected: 244 });
  });

  test('duplicate-row: the same specialty twice in the same section and group', () => {
    const t = only(withCell(excelSeed(), 'A16', 'Allergologi'));
    expect(codesAt(t.findings)).toEqual(['duplicate-row@A16']);
    expect(formatMessage('sv', t.findings[0].message)).toBe('Allergologi finns två gånger under Somatik / Förstabetesök; första gången på rad 14');
  });

  test('the same specialty in different groups or sections is normal (Urologi, BUP, Allmän kirurgi)', () => {
    const t = only(excelSeed());
    const labels = t.rows.filter((r) => r.kind === 'data').map((r) => r.label);
    expect(labels.filter((l) => l === 'Urologi')).toHaveLength(2);
    expect(labels.filter((l) => l === 'BUP')).toHaveLength(3);
    expect(t.findings).toEqual([]);
  });

  test('the grid offset: a table pasted at C5 reports sheet addresses', () => {
    const grid = asExcelWouldHold(pastedGrid(SEED, 5, 3));
    const t = only(withCell(grid, 'E34', 8134)); // Ortopedi bas: sheet row 30 + 4, column C + 2
    expect(t.range).toBe('C5:F65');
    expect(codesAt(t.findings)).toEqual(['sum-mismatch@E34', 'total-mismatch@E65']);
    expect(t.findings[0]).toMatchObject({ row: 34, column: 5, actual: 8134, expected: 8143 });
    expect(t.findings[1].message.params).toMatchObject({ from: '8', to: '64', likely: '34' });
    expect(t.headerRow).toBe(5);
  });
});

describe('the mistyped figure: a row that does not add up, pointed at by its column total', () => {
  // Ortopedi, row 30: uppdrag 11 080 = bas 8 143 + tillägg 2 937; Totalsumma, row 61: 82 605 = 59 297 + 23 308.
  test.each([
    // bas 8 143 → 8 134: the row is 9 short; the bas rows sum to 59 288, 9 under the total.
    [
      'bas',
      'C30',
      8134,
      8143,
      'SV bas',
      'C61',
      59288,
      'bas 8 134 ser felskriven ut: uppdrag 11 080 − tillägg 2 937 = 8 143, och summaraden för bas stämmer med 8 143',
    ],
    // tillägg 2 937 → 2 973: the row is 36 over; the tillägg rows sum to 23 344, 36 over the total.
    [
      'tillägg',
      'D30',
      2973,
      2937,
      'tillägg',
      'D61',
      23344,
      'tillägg 2 973 ser felskrivet ut: uppdrag 11 080 − bas 8 143 = 2 937, och summaraden för tillägg stämmer med 2 937',
    ],
    // uppdrag 11 080 → 11 800: uppdrag is 720 over bas + tillägg; the uppdrag rows sum to 83 325, 720 over the total.
    [
      'uppdrag',
      'B30',
      11800,
      11080,
      'uppdrag',
      'B61',
      83325,
      'uppdrag 11 800 ser felskrivet ut: bas 8 143 + tillägg 2 937 = 11 080, och summaraden för uppdrag stämmer med 11 080',
    ],
  ])('%s mistyped on Ortopedi: flagged at %s with the figure it should be', (_, cell, typed, meant, header, totalCell, columnSum, sv) => {
    const t = only(withCell(excelSeed(), cell, typed));
    expect(codesAt(t.findings)).toEqual([`sum-mismatch@${cell}`, `total-mismatch@${totalCell}`]);
    const [sum, total] = t.findings;
    expect(sum).toMatchObject({ severity: 'error', cell, row: 30, rowLabel: 'Ortopedi', columnHeader: header, actual: typed, expected: meant });
    expect(formatMessage('sv', sum.message)).toBe(sv);
    expect(total).toMatchObject({ cell: totalCell, expected: columnSum });
    expect(total.message).toMatchObject({ key: 'table.totalMismatchLikelyRow', params: { from: '4', to: '60', likely: '30' } });
  });

  test('English: tillägg and uppdrag', () => {
    const [tillagg] = only(withCell(excelSeed(), 'D30', 2973)).findings;
    expect(formatMessage('en', tillagg.message)).toBe(
      "additional 2,973 looks mistyped: total 11,080 − base 8,143 = 2,937, and the additional column's totals row agrees with 2,937",
    );
    const [uppdrag] = only(withCell(excelSeed(), 'B30', 11800)).findings;
    expect(formatMessage('en', uppdrag.message)).toBe(
      "total 11,800 looks mistyped: base 8,143 + additional 2,937 = 11,080, and the total column's totals row agrees with 11,080",
    );
  });

  test('in a table pasted as text the mistyped figure is found the same way, beside its text-number warning', () => {
    const t = only(withCell(pastedGrid(SEED), 'C30', '8 134'));
    expect(codesAt(errors(t))).toEqual(['sum-mismatch@C30', 'total-mismatch@C61']);
    expect(errors(t)[0]).toMatchObject({ actual: 8134, expected: 8143 });
  });

  test('two rows mistyped in different columns by different amounts: each found at its own cell', () => {
    // Ortopedi bas 8 134 (row 9 short, bas total 9 over its rows); Hud tillägg 1 642 → 1 624 (row 18 short, tillägg total 18 over).
    const t = only(withCells(excelSeed(), { C30: 8134, D20: 1624 }));
    expect(codesAt(t.findings)).toEqual(['sum-mismatch@D20', 'sum-mismatch@C30', 'total-mismatch@C61', 'total-mismatch@D61']);
    expect(t.findings[0]).toMatchObject({ rowLabel: 'Hud', actual: 1624, expected: 1642 });
    expect(t.findings[1]).toMatchObject({ rowLabel: 'Ortopedi', actual: 8134, expected: 8143 });
    expect(t.findings.slice(2).map((f) => f.message.params?.likely)).toEqual(['30', '20']);
  });

  test('two rows mistyped in the same column by different amounts: the total matches neither, so both stay at uppdrag', () => {
    // Ortopedi bas −9 and Hud bas 3 858 → 3 885 (+27): the bas rows sum to 59 297 + 18 = 59 315, explaining neither row alone.
    const t = only(withCells(excelSeed(), { C30: 8134, C20: 3885 }));
    expect(codesAt(t.findings)).toEqual(['sum-mismatch@B20', 'sum-mismatch@B30', 'total-mismatch@C61']);
    expect(formatMessage('sv', t.findings[0].message)).toBe('uppdrag 5 500 ≠ bas 3 885 + tillägg 1 642');
    expect(t.findings[0]).toMatchObject({ columnHeader: 'uppdrag', actual: 5500, expected: 5527 });
    expect(t.findings[2]).toMatchObject({ actual: 59297, expected: 59315, message: { key: 'table.totalMismatch' } });
  });

  test('two rows mistyped in the same column under subtotals: each subtotal points at its own row', () => {
    const grid = asExcelWouldHold({
      top: 1,
      left: 1,
      cells: [
        [null, 'Uppdrag', 'Bas', 'Tillägg'],
        ['Psykiatri', null, null, null],
        ['BUP', '760', '561', '244'], // bas 516 → 561: 760 − 244 = 516, and Summa psykiatri's 1 146 = 516 + 630
        ['VUP', '1000', '630', '370'],
        ['Summa psykiatri', '1760', '1146', '614'],
        ['Somatik', null, null, null],
        ['Hud', '5500', '3885', '1642'], // bas 3 858 → 3 885
        ['Allmän kirurgi', '8100', '6336', '1764'],
        ['Summa somatik', '13600', '10194', '3406'],
        ['Totalsumma', '15360', '11340', '4020'],
      ],
    });
    const t = only(grid);
    expect(codesAt(t.findings)).toEqual(['sum-mismatch@C3', 'total-mismatch@C5', 'sum-mismatch@C7', 'total-mismatch@C9', 'total-mismatch@C10']);
    expect(t.findings[0]).toMatchObject({ actual: 561, expected: 516 });
    expect(t.findings[2]).toMatchObject({ actual: 3885, expected: 3858 });
    expect(t.findings[1].message.params).toMatchObject({ from: '3', to: '4', likely: '3' });
    expect(t.findings[3].message.params).toMatchObject({ from: '7', to: '8', likely: '7' });
    // The grand total is 45 + 27 = 72 under its rows: that is neither row's gap, so it names no row.
    expect(t.findings[4]).toMatchObject({ actual: 11340, expected: 11412, message: { key: 'table.totalMismatch' } });
  });

  describe('ambiguous evidence leaves the finding at the uppdrag cell, with the message of a row that does not add up', () => {
    test('two rows short by the same amount, and a bas total that differs by that amount once', () => {
      // Hud bas 3 849 and Ortopedi bas 8 134 (each row 9 short), and Totalsumma bas typed 59 288: the bas rows sum to 59 279.
      const t = only(withCells(excelSeed(), { C20: 3849, C30: 8134, C61: 59288 }));
      expect(codesAt(t.findings)).toEqual(['sum-mismatch@B20', 'sum-mismatch@B30', 'total-mismatch@C61']);
      expect(t.findings.map((f) => f.message.key)).toEqual(['table.sumMismatch', 'table.sumMismatch', 'table.totalMismatch']);
      expect(t.findings[2]).toMatchObject({ actual: 59288, expected: 59279 });
    });

    test('two columns that could each close the row: uppdrag or bas', () => {
      // Ortopedi bas 8 134 (row 9 short, bas total 9 over) and Hud uppdrag 5 509 (row 9 over, uppdrag total 9 under):
      // each row could be closed by its bas or its uppdrag.
      const t = only(withCells(excelSeed(), { C30: 8134, B20: 5509 }));
      expect(codesAt(t.findings)).toEqual(['sum-mismatch@B20', 'sum-mismatch@B30', 'total-mismatch@B61', 'total-mismatch@C61']);
      expect(t.findings[1]).toMatchObject({ actual: 11080, expected: 11071 });
      expect(t.findings.map((f) => f.message.key)).toEqual(['table.sumMismatch', 'table.sumMismatch', 'table.totalMismatch', 'table.totalMismatch']);
    });

    test('two columns that could each close the row: bas or tillägg', () => {
      // Ortopedi bas 8 134 and Hud tillägg 1 633: both rows 9 short, both the bas and the tillägg totals 9 over their rows.
      const t = only(withCells(excelSeed(), { C30: 8134, D20: 1633 }));
      expect(codesAt(t.findings)).toEqual(['sum-mismatch@B20', 'sum-mismatch@B30', 'total-mismatch@C61', 'total-mismatch@D61']);
    });

    test('no totals row', () => {
      const t = only(withCell(withoutRows(excelSeed(), [61]), 'C30', 8134));
      expect(codesAt(t.findings)).toEqual(['sum-mismatch@B30']);
      expect(formatMessage('sv', t.findings[0].message)).toBe('uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937');
      expect(t.findings[0]).toMatchObject({ columnHeader: 'uppdrag', actual: 11080, expected: 11071 });
    });

    test('a bas column not summed because another of its cells is an error', () => {
      const t = only(withCells(excelSeed(), { C30: 8134, C4: { error: '#REF!' } }));
      expect(codesAt(t.findings)).toEqual(['formula-error@C4', 'sum-mismatch@B30']);
    });
  });
});

describe('totals rows', () => {
  const table = (rows: string[]): Grid =>
    asExcelWouldHold({ cells: ['\tUppdrag\tBas\tTillägg', ...rows].map((l) => l.split('\t').map((c) => (c === '' ? null : c))), top: 1, left: 1 });

  const withSubtotals = [
    'Psykiatri\t\t\t',
    'BUP\t760\t516\t244',
    'VUP\t1000\t630\t370',
    'Summa psykiatri\t1760\t1146\t614',
    'Somatik\t\t\t',
    'Hud\t5500\t3858\t1642',
    'Summa somatik\t5500\t3858\t1642',
    'Totalsumma\t7260\t5004\t2256',
  ];

  test('subtotals sum their own block and the grand total sums every row', () => {
    const t = only(table(withSubtotals));
    expect(t.findings).toEqual([]);
    expect(t.rows.map((r) => r.kind)).toEqual(['header', 'section', 'data', 'data', 'total', 'section', 'data', 'total', 'total']);
  });

  test('a wrong subtotal names its own rows', () => {
    const rows = withSubtotals.slice();
    rows[6] = 'Summa somatik\t5500\t3858\t1643';
    const t = only(table(rows));
    expect(codesAt(t.findings)).toEqual(['total-mismatch@D8']);
    expect(t.findings[0]).toMatchObject({ actual: 1643, expected: 1642 });
    // One row above it is "rad 7", not "raderna 7–7".
    expect(formatMessage('sv', t.findings[0].message)).toBe('Tillägg: summaraden anger 1 643, men rad 7 ovanför anger 1 642');
    expect(formatMessage('en', t.findings[0].message)).toBe('Tillägg: the totals row says 1,643, but row 7 above says 1,642');
  });

  test('a wrong grand total is compared with all the rows', () => {
    const rows = withSubtotals.slice();
    rows[7] = 'Totalsumma\t7261\t5004\t2256';
    const t = only(table(rows));
    expect(codesAt(t.findings)).toEqual(['total-mismatch@B9']);
    expect(t.findings[0]).toMatchObject({ actual: 7261, expected: 7260 });
    expect(t.findings[0].message.params).toMatchObject({ from: '3', to: '7' });
  });

  test('a blank figure on a totals row is a blank error: the total could not be verified', () => {
    const t = only({
      top: 1,
      left: 1,
      cells: [
        ['', 'Uppdrag', 'Bas', 'Tillägg'],
        ['A', 2, 1, 1],
        ['Summa', null, 1, 1],
      ],
    });
    expect(codesAt(t.findings)).toEqual(['blank@B3']);
    expect(t.findings[0]).toMatchObject({ severity: 'error', row: 3, column: 2, columnHeader: 'Uppdrag', rowLabel: 'Summa', actual: null });
    expect(formatMessage('sv', t.findings[0].message)).toBe('Uppdrag saknas på summaraden ”Summa”, så summan kunde inte kontrolleras');
    expect(formatMessage('en', t.findings[0].message)).toBe('Uppdrag is missing on the totals row “Summa”, so the total could not be verified');
    expect(
      summarize([
        checkVolumes({
          top: 1,
          left: 1,
          cells: [
            ['', 'Uppdrag', 'Bas', 'Tillägg'],
            ['A', 2, 1, 1],
            ['Summa', null, 1, 1],
          ],
        }),
      ]).readyToSubmit,
    ).toBe(false);
  });

  test('a totals row with two columns left empty gives a blank error for each', () => {
    const t = only(table(['BUP\t760\t516\t244', 'Totalt\t760\t\t']));
    expect(codesAt(t.findings)).toEqual(['blank@C3', 'blank@D3']);
  });

  test('an outcome column may still be blank on a totals row (not yet reported)', () => {
    const grid = asExcelWouldHold({
      cells: [
        [null, 'Uppdrag', 'Bas', 'Tillägg', 'Utfört'],
        ['BUP', '760', '516', '244', '300'],
        ['Totalt', '760', '516', '244', null],
      ],
      top: 1,
      left: 1,
    });
    expect(only(grid).findings).toEqual([]);
  });

  test('the table ends after its grand total: text and other tables below are not read as rows', () => {
    const t = only(table(['BUP\t760\t516\t244', 'Totalt\t760\t516\t244', '', 'Förstärkning IVA-vård\t1 050\t\t', 'LARO-vård\t9 126\t\t']));
    expect(t.bottom).toBe(3);
    expect(t.findings).toEqual([]);
  });
});

describe('headers in other spellings', () => {
  const grid = (text: string): Grid =>
    asExcelWouldHold({ cells: text.split('\n').map((l) => l.split('\t').map((c) => (c === '' ? null : c))), top: 1, left: 1 });

  test('Basvolym | Tilläggsvolym | Uppdrag in any order, any case', () => {
    const t = only(grid('Specialitet\tBASVOLYM\ttilläggsvolym\tUppdrag\nOrtopedi\t8143\t2937\t11080\nHud\t3858\t1642\t5500'));
    expect(t.columns).toMatchObject({ label: 1, base: 2, additional: 3, total: 4 });
    expect(t.findings).toEqual([]);
  });

  test('English headings and an outcome column', () => {
    const t = only(grid('Specialty\tTotal\tBase\tAdditional\tPerformed\nOrthopaedics\t11080\t8143\t2937\t5400\nSkin\t5500\t3858\t1642\t'));
    expect(t.columns).toMatchObject({ total: 2, base: 3, additional: 4, outcome: 5, headers: { outcome: 'Performed' } });
    expect(t.findings).toEqual([]);
    expect(t.rows[1]).toMatchObject({ outcome: 5400 });
    expect(t.rows[2]).toMatchObject({ outcome: null });
  });

  test('an outcome cell is checked like a volume but may be blank', () => {
    const t = only(grid('\tUppdrag\tBas\tTillägg\tUtfört\nOrtopedi\t11080\t8143\t2937\t-5\nHud\t5500\t3858\t1642\t'));
    expect(codesAt(t.findings)).toEqual(['negative@E2']);
  });

  test('two tables side by side in one header row', () => {
    const check = checkVolumes(grid('\tUppdrag\tBas\tTillägg\tUppdrag 2024\tBas 2024\tTillägg 2024\nOrtopedi\t11080\t8143\t2937\t10000\t8000\t2001'));
    expect(check.tables).toHaveLength(2);
    expect(codesAt(check.tables[0].findings)).toEqual([]);
    expect(codesAt(check.tables[1].findings)).toEqual(['sum-mismatch@E2']);
    expect(check.tables[1].findings[0].rowLabel).toBe('Ortopedi');
  });

  test('a heading the vocabulary does not know: followed by another heading it is a section, else a group', () => {
    const t = only(grid('\tUppdrag\tBas\tTillägg\nVuxen\t\t\t\nMottagning\t\t\t\nBUP\t1\t1\t0\nMottagning\t\t\t\nBUP\t1\t1\t0'));
    expect(t.rows.slice(1).map((r) => `${r.kind}:${r.section ?? ''}/${r.group ?? ''}`)).toEqual([
      'section:Vuxen/',
      'group:Vuxen/Mottagning',
      'data:Vuxen/Mottagning',
      'group:Vuxen/Mottagning',
      'data:Vuxen/Mottagning',
    ]);
    expect(codesAt(t.findings)).toEqual(['duplicate-row@A6']);
  });
});

describe('no table: the validator fails closed', () => {
  test('an empty grid', () => {
    const check = checkVolumes({ cells: [], top: 5, left: 3 });
    expect(check.tables).toEqual([]);
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]).toMatchObject({ code: 'no-table', severity: 'error', cell: 'C5', row: 5, column: 3 });
    expect(formatMessage('sv', check.findings[0].message)).toContain('uppdrag (eller Totalt), bas och tillägg');
    expect(summarize([check])).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  test('a grid of prose', () => {
    const check = checkVolumes({
      cells: [['Basvolymerna ingår i respektive sjukhus uppdrag vilka ersätts genom anslag.'], ['Totalt sett ökar uppdraget.']],
      top: 1,
      left: 1,
    });
    expect(codesAt(check.findings)).toEqual(['no-table@A1']);
  });

  test('a header with two of the three columns says, at that header row, which one is missing', () => {
    const check = checkVolumes({
      cells: [
        [null, null, null],
        ['Specialitet', 'Uppdrag', 'Basvolym'],
        ['Hud', 5500, 3858],
      ],
      top: 1,
      left: 1,
    });
    expect(codesAt(check.findings)).toEqual(['no-table@B2']);
    expect(check.findings[0]).toMatchObject({ severity: 'error', row: 2 });
    expect(formatMessage('sv', check.findings[0].message)).toBe(
      'Rad 2 ser ut som rubrikraden i en volymtabell men saknar kolumnen för tillägg, så tabellen är inte kontrollerad. En volymtabell behöver kolumnerna uppdrag, bas och tillägg.',
    );
  });

  test('a misspelt heading (Tillägsvolym) is read as the heading it meant, so the wrong sum under it is found', () => {
    const check = checkVolumes({
      cells: [
        ['Specialitet', 'Uppdrag', 'Bas', 'Tillägsvolym'],
        ['Ortopedi', 11080, 8134, 2937],
      ],
      top: 1,
      left: 1,
    });
    expect(check.findings).toEqual([]);
    expect(codesAt(check.tables[0].findings)).toEqual(['sum-mismatch@B2']);
    expect(check.tables[0].columns.headers.additional).toBe('Tillägsvolym');
  });

  test('a header that came close is an error even when the grid has another volume table', () => {
    const grid = (heading: string): Grid => ({
      top: 1,
      left: 1,
      cells: [
        [null, 'Uppdrag', 'Bas', 'Tillägg'],
        ['BUP', 760, 516, 244],
        [null, null, null, null],
        [null, null, null, null],
        ['Specialitet', 'Uppdrag', 'Bas', heading],
        ['Ortopedi', 11080, 8134, 2937],
      ],
    });
    const check = checkVolumes(grid('Extravolym'));
    expect(check.tables).toHaveLength(1);
    expect(check.tables[0].findings).toEqual([]);
    expect(codesAt(check.findings)).toEqual(['no-table@B5']);
    expect(formatMessage('sv', check.findings[0].message)).toMatch(/^Rad 5 ser ut som rubrikraden i en volymtabell men saknar kolumnen för tillägg/);
    expect(summarize([check])).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  test('a header with no rows under it fails closed', () => {
    const check = checkVolumes({ cells: [['Specialitet', 'Uppdrag', 'Bas', 'Tillägg']], top: 1, left: 1 });
    expect(codesAt(check.tables[0].findings)).toEqual(['no-table@B1']);
    expect(summarize([check]).readyToSubmit).toBe(false);
  });

  test('a malformed grid gives a finding, not an exception', () => {
    expect(codesAt(checkVolumes({ cells: null as never, top: 0, left: 0 }).findings)).toEqual(['no-table@A1']);
    expect(codesAt(checkVolumes({ cells: [[undefined as never, 'x']], top: 1, left: 1 }).findings)).toEqual(['no-table@A1']);
  });
});

describe('the sheet of a finding', () => {
  test('every finding names its sheet, from the grid', () => {
    const grid = { ...withCells(excelSeed(), { C30: 8134, D14: '–' }), sheet: 'Volymer 2025' };
    const t = only(grid);
    expect(codesAt(t.findings)).toEqual(['placeholder@D14', 'sum-mismatch@C30', 'total-mismatch@C61']);
    expect(t.findings.map((f) => f.sheet)).toEqual(['Volymer 2025', 'Volymer 2025', 'Volymer 2025']);
  });

  test('so do the findings outside a table', () => {
    expect(checkVolumes({ cells: [['Hej']], top: 1, left: 1, sheet: 'Noter' }).findings[0].sheet).toBe('Noter');
    const nearMiss = checkVolumes({
      cells: [
        ['', 'Uppdrag', 'Bas'],
        ['Hud', 5500, 3858],
      ],
      top: 1,
      left: 1,
      sheet: 'Volymer',
    });
    expect(nearMiss.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Volymer!B1']);
    const empty = checkVolumes({ cells: [['', 'Uppdrag', 'Bas', 'Tillägg']], top: 1, left: 1, sheet: 'Volymer' });
    expect(empty.tables[0].findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Volymer!B1']);
  });

  test('a grid without a sheet gives findings without one', () => {
    const t = only(withCell(excelSeed(), 'C30', 8134));
    expect(t.findings.every((f) => !('sheet' in f))).toBe(true);
  });
});

describe('a 10 000-row table', () => {
  function bigTable(rows: number): Grid {
    const cells: Grid['cells'] = [[null, 'Uppdrag', 'Bas', 'Tillägg']];
    let total = 0;
    let base = 0;
    let additional = 0;
    for (let i = 0; i < rows; i++) {
      if (i % 100 === 0) cells.push([`Grupp ${i / 100}`, null, null, null]);
      const b = (i * 37) % 1000;
      const a = (i * 11) % 300;
      cells.push([`Enhet ${i}`, b + a, b, a]);
      total += b + a;
      base += b;
      additional += a;
    }
    cells.push(['Totalsumma', total, base, additional]);
    return { cells, top: 1, left: 1 };
  }

  test('validates with no findings, and finds one planted defect at its address', () => {
    const grid = bigTable(10000);
    const t = only(grid);
    expect(t.rows.filter((r) => r.kind === 'data')).toHaveLength(10000);
    expect(t.findings).toEqual([]);
    // Row 5 002 on the sheet: header, then 50 group rows and 4 950 data rows before it.
    const broken = withCell(grid, 'C5002', (grid.cells[5001][2] as number) + 1);
    expect(broken.cells[5001][0]).toBe('Enhet 4950');
    expect(codesAt(only(broken).findings)).toEqual(['sum-mismatch@C5002', 'total-mismatch@C10102']);
  });
});
