/**
 * Whether the pane runs inside Excel. Checked on the global, not on Office's host info, so a browser test
 * can install a fake Excel before the page loads.
 *
 * @example
 * if (excelAvailable()) await readTable();
 */
export function excelAvailable(): boolean {
  return typeof Excel !== 'undefined' && typeof (Excel as { run?: unknown }).run === 'function';
}
