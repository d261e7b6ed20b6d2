/** What the command line checks on each sheet: every volume table and every indicator table. */
import type { Grid } from '../types';
import { checkIndicators } from './checkIndicators';
import { checkVolumes } from './checkVolumes';
import type { SheetCheck } from './types';

/**
 * `no-table` findings that only say "none here": on a sheet that is searched rather than pointed at, that is
 * no error. A header row that came close is not one of them: a table is there and could not be read.
 */
const NOTHING_HERE = new Set(['table.noVolumeTable', 'table.noIndicatorTable']);

/**
 * Every volume and indicator table on a sheet, in sheet order. A sheet with neither gives no tables and
 * no findings (not an error); a table that could not be read still gives its error, and so does a header
 * row that came close (two of the three columns), whether or not the sheet has other tables.
 *
 * @example
 * checkSheet(gridFromText(seed000Text)).tables.map((t) => t.kind) // → ['volumes']
 * checkSheet(gridFromText('Anteckningar\nInget här')) // → { tables: [], findings: [] }
 */
export function checkSheet(grid: Grid): SheetCheck {
  const volumes = checkVolumes(grid);
  const indicators = checkIndicators(grid);
  const tables = [...volumes.tables, ...indicators.tables].sort((a, b) => a.top - b.top || a.left - b.left);
  const findings = [...volumes.findings, ...indicators.findings].filter((f) => !NOTHING_HERE.has(f.message.key));
  const sheet = volumes.sheet ?? indicators.sheet;
  return { ...(sheet !== undefined ? { sheet } : {}), tables, findings };
}
