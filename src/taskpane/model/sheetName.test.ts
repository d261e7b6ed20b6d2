import { uniqueSheetName } from './sheetName';

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one, ignoring case as Excel does', () => {
    expect(uniqueSheetName('Kontroll 2026-11-23 14.05', ['Volymer 2025'])).toBe('Kontroll 2026-11-23 14.05');
    expect(uniqueSheetName('Kontroll 2026-11-23 14.05', ['kontroll 2026-11-23 14.05'])).toBe('Kontroll 2026-11-23 14.05 (2)');
    expect(uniqueSheetName('Kontroll 2026-11-23 14.05', ['Kontroll 2026-11-23 14.05', 'Kontroll 2026-11-23 14.05 (2)'])).toBe('Kontroll 2026-11-23 14.05 (3)');
  });

  it('stays within 31 characters and without the characters Excel refuses', () => {
    const long = 'Kontrollrapport 2026-11-23 14.05'; // 32 characters
    expect(uniqueSheetName(long, [])).toBe('Kontrollrapport 2026-11-23 14.0');
    expect(uniqueSheetName(long, ['Kontrollrapport 2026-11-23 14.0'])).toBe('Kontrollrapport 2026-11-23 (2)');
    expect(uniqueSheetName('Kontroll 14:05 [a/b]', [])).toBe('Kontroll 14-05 -a-b-');
  });
});
