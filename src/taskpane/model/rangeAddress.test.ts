import { intersectRects, parseRangeAddress, qualifiedAddress, quoteSheetName, rectA1 } from './rangeAddress';

describe('range addresses', () => {
  it("reads Excel's addresses: quoted sheet names, whole columns and rows, single cells", () => {
    expect(parseRangeAddress("'Volymer 2025'!A1:D61")).toEqual({ sheet: 'Volymer 2025', top: 1, left: 1, bottom: 61, right: 4 });
    expect(parseRangeAddress("'Kim''s blad'!$C$31")).toEqual({ sheet: "Kim's blad", top: 31, left: 3, bottom: 31, right: 3 });
    expect(parseRangeAddress('Blad1!B:C')).toEqual({ sheet: 'Blad1', top: 1, left: 2, bottom: 1048576, right: 3 });
    expect(parseRangeAddress('Blad1!3:5')).toEqual({ sheet: 'Blad1', top: 3, left: 1, bottom: 5, right: 16384 });
    expect(parseRangeAddress('XFD1048576')).toEqual({ sheet: '', top: 1048576, left: 16384, bottom: 1048576, right: 16384 });
  });

  it('gives null for what is not one rectangle', () => {
    expect(parseRangeAddress('Blad1!A1:B2,C3')).toBeNull();
    expect(parseRangeAddress('Blad1!A:3')).toBeNull();
    expect(parseRangeAddress('Tabell1')).toBeNull();
  });

  it('clips a whole-column selection to the used range', () => {
    const selection = parseRangeAddress('Blad1!A:E')!;
    const used = parseRangeAddress('Blad1!B3:E63')!;
    expect(intersectRects(selection, used)).toEqual({ sheet: 'Blad1', top: 3, left: 2, bottom: 63, right: 5 });
    expect(intersectRects(parseRangeAddress('Blad1!G1:H2')!, used)).toBeNull();
    expect(rectA1({ top: 3, left: 2, bottom: 63, right: 5 })).toBe('B3:E63');
  });

  it('quotes sheet names as Excel writes them', () => {
    expect(quoteSheetName('Blad1')).toBe('Blad1');
    expect(quoteSheetName('Volymer 2025')).toBe("'Volymer 2025'");
    // Excel writes a name of letters unquoted, Swedish letters too (=Måluppföljning!A1).
    expect(quoteSheetName('Måluppföljning')).toBe('Måluppföljning');
    expect(qualifiedAddress("Kim's", 'C31')).toBe("'Kim''s'!C31");
  });
});
