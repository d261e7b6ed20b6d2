/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name not yet in the workbook: the base itself, else the base with " (2)", " (3)", …, shortened
 * to Excel's 31 characters and stripped of the characters Excel refuses ( \ / ? * [ ] : ).
 *
 * @example
 * uniqueSheetName('Kontroll 2026-11-23 14.05', ['Kontroll 2026-11-23 14.05']) // → 'Kontroll 2026-11-23 14.05 (2)'
 */
export function uniqueSheetName(base: string, existing: string[]): string {
  const clean = base.replace(/[\\/?*[\]:]/g, '-').trim() || 'Målkoll';
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
