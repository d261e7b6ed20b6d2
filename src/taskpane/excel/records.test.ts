import { isSheet, readBlockRecord, readMarksRecord, readReportsRecord, storeRecord } from './records';

describe('what Målkoll remembers in the workbook settings', () => {
  it('reads back what it stored, with or without sheet ids', () => {
    const marks = { sheets: [{ sheetId: '{sheet-1}', sheet: 'Volymer 2025', cells: ['B30', 'C61'] }] };
    expect(readMarksRecord(storeRecord(marks))).toEqual(marks);
    const older = { sheets: [{ sheet: 'Volymer 2025', cells: ['B30'] }] };
    expect(readMarksRecord(storeRecord(older))).toEqual(older);
    const block = { sheetId: '{sheet-2}', sheet: 'Indikatorer', address: 'G4:G6', written: [['Status'], ['=MALKOLL.TARGET_STATUS(D5,C5)'], [null]] };
    expect(readBlockRecord(storeRecord(block))).toEqual(block);
    const withFormats = { ...block, numberFormatsBefore: [['General'], ['@'], ['General']] };
    expect(readBlockRecord(storeRecord(withFormats))).toEqual(withFormats);
    expect(readReportsRecord(storeRecord({ sheetIds: ['{sheet-3}'] }))).toEqual({ sheetIds: ['{sheet-3}'] });
  });

  it.each([
    ['not JSON', '{sheets:'],
    ['no sheets', '{"sheets":[]}'],
    ['a cell that is not text', '{"sheets":[{"sheet":"A","cells":[1]}]}'],
    ['a number', 42],
  ])('treats a marks setting that is %s as absent', (_what, value) => {
    expect(readMarksRecord(value)).toBeNull();
  });

  it.each([
    ['without an address', '{"sheet":"A","written":[]}'],
    ['with a written object', '{"sheet":"A","address":"G4","written":[[{"x":1}]]}'],
    ['with bad number formats', '{"sheet":"A","address":"G4","written":[["x"]],"numberFormatsBefore":[[1]]}'],
  ])('treats a block setting %s as absent', (_what, value) => {
    expect(readBlockRecord(value)).toBeNull();
  });

  it('knows a renamed sheet by its id, and an old record by its name', () => {
    expect(isSheet({ sheetId: '{sheet-1}', sheet: 'Volymer' }, { id: '{sheet-1}', name: 'Volymer 2025' })).toBe(true);
    expect(isSheet({ sheetId: '{sheet-1}', sheet: 'Volymer' }, { id: '{sheet-2}', name: 'Volymer' })).toBe(false);
    expect(isSheet({ sheet: 'Volymer' }, { id: '{sheet-2}', name: 'volymer' })).toBe(true);
  });
});
