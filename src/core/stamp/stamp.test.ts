import { createHash } from 'crypto';
import {
  canonicalNumber,
  cellToken,
  makeStamp,
  readStampRecord,
  requiredStampFinding,
  stampLines,
  stampRefusal,
  tableText,
  rowLines,
  verifyStamp,
  ROW_DIGEST_BUDGET,
  type StampRecord,
} from '.';
import type { Grid } from '../types';

const sha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const volumes: Grid = {
  sheet: 'Volymer 2025',
  top: 1,
  left: 1,
  cells: [
    [null, 'uppdrag', 'bas', 'tillägg'],
    ['BUP', 760, 516, 244],
    ['VUP', 1200, 1000, 200],
    ['Totalsumma', 1960, 1516, 444],
  ],
};
const place = { sheet: 'Volymer 2025', range: 'A1:D4', kind: 'volumes' };
const summary = { errors: 0, warnings: 1, missed: 0 };
const at = new Date('2025-09-05T14:02:11.765Z');

async function stampOf(grids: Grid[], tables = [place]): Promise<StampRecord> {
  const made = await makeStamp({ tables, summary, grids, version: '0.1.0', checkedAt: at, source: 'cli' }, sha256);
  if (!made.ok) throw new Error('not stamped');
  return made.stamp;
}

describe('the canonical text', () => {
  it('writes numbers as their shortest decimal at 15 significant digits, rounded half up as LibreOffice saves them', () => {
    // Pairs measured: Excel's double, and what LibreOffice 7.4 wrote for it on saving the workbook again.
    const measured: [number, number][] = [
      [0.30000000000000004, 0.3],
      [0.3333333333333333, 0.333333333333333],
      [123456.78901234567, 123456.789012346],
      [0.5485285714285715, 0.548528571428572],
      [4.512211084365845, 4.51221108436585],
      [-4.580954015254975e-11, -4.58095401525498e-11],
      [1.2345678901234568e20, 1.23456789012346e20],
    ];
    for (const [excel, libreOffice] of measured) expect([excel, canonicalNumber(excel)]).toEqual([excel, canonicalNumber(libreOffice)]);
    expect(canonicalNumber(8134)).toBe('8134');
    expect(canonicalNumber(-0)).toBe('0');
    expect(canonicalNumber(0.1)).toBe('0.1');
    expect(canonicalNumber(99.99999999999999)).toBe('100');
    expect(canonicalNumber(1e-7)).toBe('1e-7');
    expect(canonicalNumber(5e-324)).toBe('5e-324');
    expect(canonicalNumber(Number.MAX_VALUE)).toBe('1.7976931348623157e+308');
  });

  it('tells blanks, texts, numbers, booleans and errors apart, and escapes what would read as a separator', () => {
    expect(['', null, 'x', 1, '1', true, 'b1', { error: '#N/A' }, '#N/A'].map((v) => cellToken(v as never))).toEqual([
      '',
      '',
      'sx',
      'n1',
      's1',
      'b1',
      'sb1',
      'e#N/A',
      's#N/A',
    ]);
    expect(cellToken('a\tb\nc\\d\re')).toBe('sa\\tb\\nc\\\\d\\re');
    expect(cellToken('\ud800x')).toBe('s\\u{D800}x');
    expect(cellToken('😀')).toBe('s😀');
  });

  it('covers the range whatever the grid holds: cells outside it are blank', () => {
    expect(rowLines(volumes, { top: 4, left: 3, bottom: 5, right: 5 })).toEqual(['n1516\tn444\t', '\t\t']);
    expect(tableText('C4:E5', ['a', 'b'])).toBe('C4:E5\na\nb\n');
  });
});

describe('a stamp', () => {
  it('is made only after a check that found tables and no errors', async () => {
    expect(stampRefusal({ tables: [place], summary: { ...summary, errors: 2 } })).toEqual({ key: 'stamp.refused.errors', params: { count: 2 } });
    expect(stampRefusal({ tables: [], summary })).toEqual({ key: 'stamp.refused.noTables' });
    const stamp = await stampOf([volumes]);
    expect(stamp).toMatchObject({ version: '0.1.0', checkedAt: '2025-09-05T14:02:11Z', source: 'cli', counts: summary, settings: {} });
    expect(stamp.tables).toEqual([
      {
        ...place,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        rows: [expect.stringMatching(/^[0-9a-f]{12}$/), expect.any(String), expect.any(String), expect.any(String)],
      },
    ]);
  });

  it('stamps the values read again as it is written, only when they are the values checked, from one grid per table or per sheet', async () => {
    const input = {
      tables: [place, { sheet: 'Volymer 2025', range: 'F1:F2', kind: 'indicators' }],
      summary,
      grids: [volumes],
      version: '0.1.0',
      checkedAt: at,
      source: 'pane' as const,
    };
    // The pane reads each table's range on its own.
    const reread: Grid[] = [
      { ...volumes, cells: volumes.cells.map((r) => [...r]) },
      { sheet: 'Volymer 2025', top: 1, left: 6, cells: [[null], [null]] },
    ];
    const made = await makeStamp({ ...input, reread }, sha256);
    expect(made.ok && made.stamp.tables.map((t) => t.sha256)).toEqual((await stampOf([volumes], input.tables)).tables.map((t) => t.sha256));
    reread[0].cells[2][1] = 1201;
    expect(await makeStamp({ ...input, reread }, sha256)).toEqual({ ok: false, message: { key: 'stamp.refused.changedSinceCheck' } });
  });

  it('reads unchanged for the same values, and places a changed figure or label on its row', async () => {
    const stamp = await stampOf([volumes]);
    expect(await verifyStamp(stamp, [volumes], [place], sha256)).toEqual({
      status: 'unchanged',
      checkedAt: '2025-09-05T14:02:11Z',
      version: '0.1.0',
      source: 'cli',
      tables: [{ sheet: 'Volymer 2025', range: 'A1:D4', status: 'unchanged' }],
    });
    const edited = structuredClone(volumes);
    edited.cells[2][2] = 1001;
    edited.cells[1][0] = 'BUP ';
    const now = await verifyStamp(stamp, [edited], [place], sha256);
    expect(now).toMatchObject({ status: 'changed', tables: [{ status: 'changed', rows: [2, 3] }] });
  });

  it('says which tables are gone, grown past their range, or not stamped at all', async () => {
    const stamp = await stampOf([volumes]);
    expect(await verifyStamp(stamp, [{ ...volumes, sheet: 'Volymer' }], [], sha256)).toMatchObject({
      status: 'changed',
      tables: [{ sheet: 'Volymer 2025', range: 'A1:D4', status: 'missing' }],
    });
    const grown = await verifyStamp(
      stamp,
      [volumes],
      [
        { sheet: 'Volymer 2025', range: 'A1:D6' },
        { sheet: 'Indikatorer', range: 'A1:C3' },
      ],
      sha256,
    );
    expect(grown).toMatchObject({ status: 'changed' });
    expect('tables' in grown && grown.tables).toEqual([
      { sheet: 'Volymer 2025', range: 'A1:D4', status: 'changed', rows: [5, 6] },
      { sheet: 'Indikatorer', range: 'A1:C3', status: 'added', rows: [1, 2, 3] },
    ]);
    // A sheet's name in another case is the same sheet, as in Excel.
    expect((await verifyStamp(stamp, [{ ...volumes, sheet: 'VOLYMER 2025' }], undefined, sha256)).status).toBe('unchanged');
  });

  it('keeps row digests within its budget: a table past it has its table digest only, and a change is found, not placed', async () => {
    const tall: Grid = { sheet: 'Lång', top: 1, left: 1, cells: Array.from({ length: ROW_DIGEST_BUDGET + 1 }, (_, i) => [i]) };
    const stamp = await stampOf([tall, volumes], [{ sheet: 'Lång', range: `A1:A${ROW_DIGEST_BUDGET + 1}`, kind: 'production' }, place]);
    expect(stamp.tables.map((t) => t.rows?.length)).toEqual([undefined, 4]);
    const edited = structuredClone(tall);
    edited.cells[7][0] = -1;
    expect(await verifyStamp(stamp, [edited, volumes], undefined, sha256)).toMatchObject({
      status: 'changed',
      tables: [{ sheet: 'Lång', status: 'changed' }, { status: 'unchanged' }],
    });
  });
});

describe('reading a stamp back', () => {
  const raw = {
    attributes: { version: '0.1.0', checkedAt: '2025-09-05T14:02:11Z', source: 'pane' },
    settings: { tolerance: '0.1' },
    counts: { errors: '0', warnings: '2', missed: '13' },
    tables: [{ attributes: { sheet: 'Volymer_x0009_2025', range: 'A1:D2', kind: 'volumes', sha256: 'a'.repeat(64) }, rows: ' 0123456789ab\n 0123456789ac ' }],
  };

  it('takes a whole stamp', () => {
    expect(readStampRecord(raw)).toEqual({
      version: '0.1.0',
      checkedAt: '2025-09-05T14:02:11Z',
      source: 'pane',
      settings: { tolerance: 0.1 },
      counts: { errors: 0, warnings: 2, missed: 13 },
      tables: [{ sheet: 'Volymer\t2025', range: 'A1:D2', kind: 'volumes', sha256: 'a'.repeat(64), rows: ['0123456789ab', '0123456789ac'] }],
    });
  });

  it('refuses anything half there, saying what', () => {
    const field = (what: string) => ({ key: 'stamp.unreadable.field', params: { what } });
    expect(readStampRecord({ ...raw, attributes: { ...raw.attributes, checkedAt: 'igår' } })).toEqual(field('checkedAt'));
    expect(readStampRecord({ ...raw, counts: undefined })).toEqual(field('errors'));
    expect(readStampRecord({ ...raw, settings: { tolerance: '2' } })).toEqual(field('tolerance'));
    expect(readStampRecord({ ...raw, tables: [{ ...raw.tables[0], rows: '0123456789ab' }] })).toEqual(field('rows'));
    expect(readStampRecord({ ...raw, tables: [{ attributes: { ...raw.tables[0].attributes, range: 'A0:B' } }] })).toEqual(field('range'));
    expect(readStampRecord({ ...raw, tables: [{ attributes: { ...raw.tables[0].attributes, sha256: 'A'.repeat(64) } }] })).toEqual(field('sha256'));
    expect(readStampRecord({ ...raw, tables: [] })).toEqual({ key: 'stamp.unreadable.noTables' });
  });
});

describe('--require-stamp', () => {
  it('makes a workbook not stamped, changed or with an unreadable stamp an error', () => {
    expect(requiredStampFinding({ status: 'none' })?.code).toBe('stamp-missing');
    expect(requiredStampFinding({ status: 'unreadable', reason: { key: 'stamp.unreadable.noTables' } })).toMatchObject({
      code: 'stamp-unreadable',
      message: { params: { reason: { message: { key: 'stamp.unreadable.noTables' } } } },
    });
    expect(requiredStampFinding({ status: 'changed', checkedAt: '2025-09-05 16:02' })).toMatchObject({
      code: 'stamp-changed',
      message: { params: { checkedAt: '2025-09-05 16:02' } },
    });
    expect(requiredStampFinding({ status: 'unchanged' })).toBeNull();
  });
});

describe('what a reader is told', () => {
  const base = { checkedAt: '2025-09-05T14:02:11Z', version: '0.1.0', source: 'pane' as const };
  it('gives a headline, and a line for each table no longer as stamped, naming at most twelve rows', () => {
    expect(stampLines({ status: 'none' }, '')).toEqual({ headline: { key: 'stamp.status.none' }, tables: [] });
    expect(stampLines({ status: 'unchanged', ...base, tables: [] }, '2025-09-05 16:02').headline).toEqual({
      key: 'stamp.status.unchanged',
      params: { when: '2025-09-05 16:02', version: '0.1.0', source: { message: { key: 'stamp.source.pane' } } },
    });
    // The pane after a check of one sheet: the stamp is there, not compared.
    expect(stampLines({ status: 'unverified', ...base }, '2025-09-05 16:02')).toEqual({
      headline: { key: 'stamp.status.unverified', params: { when: '2025-09-05 16:02', version: '0.1.0', source: { message: { key: 'stamp.source.pane' } } } },
      tables: [],
    });
    const rows = Array.from({ length: 14 }, (_, i) => i + 5);
    const lines = stampLines(
      {
        status: 'changed',
        ...base,
        tables: [
          { sheet: 'Volymer 2025', range: 'A1:D61', status: 'changed', rows: [30] },
          { sheet: 'Indikatorer', range: 'A4:F30', status: 'unchanged' },
          { sheet: 'Prod', range: 'A1:C20', status: 'changed', rows },
          { sheet: 'Prod', range: 'E1:F2', status: 'changed' },
          { sheet: 'Gammal', range: 'A1:B2', status: 'missing' },
          { sheet: 'Ny', range: 'A1:B2', status: 'added', rows: [1, 2] },
        ],
      },
      'x',
    );
    expect(lines.tables).toEqual([
      { key: 'stamp.table.changedRows.one', params: { table: "'Volymer 2025'!A1:D61", rows: '30' } },
      {
        key: 'stamp.table.changedRows.other',
        params: {
          table: 'Prod!A1:C20',
          rows: { message: { key: 'stamp.table.moreRows', params: { rows: '5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16', more: 2 } } },
        },
      },
      { key: 'stamp.table.changed', params: { table: 'Prod!E1:F2' } },
      { key: 'stamp.table.missing', params: { table: 'Gammal!A1:B2' } },
      { key: 'stamp.table.added', params: { table: 'Ny!A1:B2' } },
    ]);
  });
});
