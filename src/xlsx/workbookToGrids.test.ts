import ExcelJS from 'exceljs';
import { readWorkbookBytes } from './readWorkbookBytes';
import type { WorkbookGrids } from './workbookToGrids';

/**
 * Writes a workbook with ExcelJS (a spreadsheet program's output) and reads the saved bytes with
 * Målkoll's reader, so the tests see what a saved file gives.
 */
async function roundTrip(build: (workbook: ExcelJS.Workbook) => void): Promise<WorkbookGrids> {
  const written = new ExcelJS.Workbook();
  build(written);
  const bytes = (await written.xlsx.writeBuffer()) as unknown as Uint8Array;
  const read = await readWorkbookBytes(new Uint8Array(bytes));
  if (!read.ok) throw new Error(`could not read back: ${read.code}`);
  return { grids: read.grids, notes: read.notes };
}

describe('reading the cells of a saved workbook into grids', () => {
  it('carries the number format of each number shown by one other than General, and none for a sheet without', async () => {
    const { grids } = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Besök');
      ws.getCell('A1').value = 'Besök';
      ws.getCell('B1').value = 'Förändring %';
      ws.getCell('C1').value = 'Period';
      ws.getCell('A2').value = 31180;
      ws.getCell('A2').numFmt = '#,##0';
      ws.getCell('B2').value = 0.05;
      ws.getCell('B2').numFmt = '0.0%';
      ws.getCell('C2').value = new Date(Date.UTC(2022, 3, 1));
      ws.getCell('C2').numFmt = 'yyyy-mm';
      ws.getCell('A3').value = 'text';
      ws.getCell('A3').numFmt = '0.0%';
      ws.getCell('B3').value = 12;
      ws.getCell('B3').numFmt = 'General';
      const plain = wb.addWorksheet('Utan');
      plain.getCell('A1').value = 12;
    });
    expect(grids[0].cells[1]).toEqual([31180, 0.05, 44652]);
    expect(grids[0].formats).toEqual([
      [null, null, null],
      ['#,##0', '0.0%', 'yyyy-mm'],
      [null, null, null],
    ]);
    expect(grids[1].formats).toBeUndefined();
  });

  it('covers the cells that hold values, with the sheet row and column of the top-left cell', async () => {
    const workbook = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Volymer 2025');
      ws.getCell('C4').value = 'uppdrag';
      ws.getCell('D4').value = 'SV bas';
      ws.getCell('E4').value = 'tillägg';
      ws.getCell('B5').value = 'BUP';
      ws.getCell('C5').value = 760;
      ws.getCell('D5').value = 516;
      ws.getCell('E5').value = 244;
      // Formatting alone does not make a cell part of the used range.
      ws.getCell('H20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const { grids, notes } = workbook;
    expect(notes).toEqual([]);
    expect(grids).toEqual([
      {
        sheet: 'Volymer 2025',
        top: 4,
        left: 2,
        cells: [
          [null, 'uppdrag', 'SV bas', 'tillägg'],
          ['BUP', 760, 516, 244],
        ],
      },
    ]);
  });

  it('gives formulas their cached result and counts formulas saved without one', async () => {
    const workbook = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Blad1');
      ws.getCell('A1').value = 516;
      ws.getCell('B1').value = 244;
      ws.getCell('C1').value = { formula: 'A1+B1', result: 760 };
      ws.getCell('D1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
      ws.getCell('E1').value = { formula: 'IF(A1>0,"ja","nej")', result: 'ja' };
      ws.getCell('A2').value = { formula: 'SUM(A1:B1)' } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue;
    });
    const { grids, notes } = workbook;
    expect(grids[0].cells).toEqual([[516, 244, 760, { error: '#DIV/0!' }, 'ja']]);
    expect(notes).toEqual([{ kind: 'formula-without-result', sheet: 'Blad1', count: 2, cells: ['A2', 'B2'] }]);
  });

  it('keeps numbers stored as text as text and error values as errors', async () => {
    const workbook = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Klistrat');
      ws.addRow(['Allmän kirurgi', '8 100', '6 336', '1 764']);
      ws.addRow(['Ortopedi', { error: '#REF!' }, 8143, '−']);
      ws.addRow(['Hud', true, '', { error: '#N/A' }]);
    });
    const { grids } = workbook;
    expect(grids[0].cells).toEqual([
      ['Allmän kirurgi', '8 100', '6 336', '1 764'],
      ['Ortopedi', { error: '#REF!' }, 8143, '−'],
      ['Hud', true, null, { error: '#N/A' }],
    ]);
  });

  it('puts a merged area’s value in its top-left cell only', async () => {
    const workbook = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Sammanslaget');
      ws.getCell('A1').value = 'Bas- och tilläggsvolymerna för 2025';
      ws.mergeCells('A1:D1');
      ws.getCell('A2').value = 'Psykiatri';
      ws.mergeCells('A2:A3');
      ws.getCell('B2').value = 760;
      ws.getCell('B3').value = 1000;
    });
    const { grids } = workbook;
    // The merged areas reach no further than the cells that hold values (A1:B3): they are clipped to them.
    expect(grids[0].cells).toEqual([
      ['Bas- och tilläggsvolymerna för 2025', null],
      ['Psykiatri', 760],
      [null, 1000],
    ]);
  });

  it('includes hidden rows, hidden columns and hidden sheets like any other', async () => {
    const workbook = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Synligt');
      ws.addRow(['BUP', 760]);
      ws.addRow(['VUP', 1000]);
      ws.addRow(['Summa', 1760]);
      ws.getRow(2).hidden = true;
      ws.getColumn(2).hidden = true;
      const hidden = wb.addWorksheet('Dolt', { state: 'hidden' });
      hidden.getCell('A1').value = 1;
    });
    const { grids } = workbook;
    expect(grids.map((g) => g.sheet)).toEqual(['Synligt', 'Dolt']);
    expect(grids[0].cells).toEqual([
      ['BUP', 760],
      ['VUP', 1000],
      ['Summa', 1760],
    ]);
  });

  it('reads rich text and hyperlinks as their plain text', async () => {
    const workbook = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Text');
      ws.getCell('A1').value = { richText: [{ text: 'Förstabe', font: { bold: true } }, { text: 'sök' }] };
      ws.getCell('A2').value = { text: 'Källa', hyperlink: 'mailto:controller@region.invalid' };
    });
    expect(workbook.grids[0].cells).toEqual([['Förstabesök'], ['Källa']]);
  });

  it('gives a date its Excel serial number, in both date systems', async () => {
    const in1900 = await roundTrip((wb) => {
      wb.addWorksheet('D').getCell('A1').value = new Date(Date.UTC(2025, 7, 31));
    });
    // 2025-08-31 is serial 45900 in the 1900 system (Excel: =DATE(2025;8;31) → 45900).
    expect(in1900.grids[0].cells).toEqual([[45900]]);

    const in1904 = await roundTrip((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet('D').getCell('A1').value = new Date(Date.UTC(2025, 7, 31));
    });
    // Saved in the 1904 system (as 45900 − 1462) and shown by its format as 2025-08-31: read as the date it
    // shows, in the 1900 system the engine counts in (issue 21; before, it was read four years early).
    expect(in1904.grids[0].cells).toEqual([[45900]]);
  });

  it('gives an empty sheet a grid with no rows', async () => {
    const workbook = await roundTrip((wb) => {
      wb.addWorksheet('Tomt');
    });
    expect(workbook).toEqual({ grids: [{ sheet: 'Tomt', top: 1, left: 1, cells: [] }], notes: [] });
  });

  it('reports a sheet too large to hold instead of allocating it', async () => {
    const workbook = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Långt bort');
      ws.getCell('A1').value = 'uppdrag';
      ws.getCell('XFD1048576').value = 1;
    });
    const { grids, notes } = workbook;
    expect(grids).toEqual([]);
    expect(notes).toEqual([{ kind: 'sheet-too-large', sheet: 'Långt bort', range: 'A1:XFD1048576', cellCount: 1048576 * 16384, limit: 10_000_000 }]);
  });

  it('reads 20 000 rows, the last one intact', async () => {
    const workbook = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Stor');
      ws.addRow(['', 'uppdrag', 'bas', 'tillägg']);
      for (let i = 0; i < 20_000; i += 1) ws.addRow([`Rad ${i}`, 3 * i, 2 * i, i]);
    });
    const { grids } = workbook;
    expect(grids[0].cells).toHaveLength(20_001);
    expect(grids[0].cells[20_000]).toEqual(['Rad 19999', 59997, 39998, 19999]);
  });
});
