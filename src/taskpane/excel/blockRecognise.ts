/**
 * Removing a block whose record the workbook's settings lost (Excel on the web, office-js 360 and 2940), found by
 * its defined name (./blockAnchors.ts). What was written is not known, so Målkoll's cells are recognised by what
 * they hold: formulas calling Målkoll's functions; in the status and calculation columns also their heading (the
 * top row) and the calculations' sums of their own column. Anything else is the user's and stays. What a cell held
 * before Målkoll wrote over it, and a number format it had, are not known either: those cells are emptied.
 */
import { columnLetters } from '../../core';
import { parseRangeAddress, qualifiedAddress, rectA1 } from '../model/rangeAddress';
import { anchorName, type Anchor } from './blockAnchors';
import { BLOCK_KINDS, type BlockKind } from '../model/blockKinds';
import type { BlockRemoval } from './blockRemove';
import { callsOurs } from './formulaLanguage';
import { queueDeleteRules } from './ourRules';
import { readRectProperties } from './readRects';

/** A sum of cells of the column the formula is in, as the calculations' totals row has. */
function sumOfOwnColumn(formula: string, column: number): boolean {
  const m = /^=\s*SUM\(\s*\$?([A-Z]{1,3})\$?\d+\s*:\s*\$?([A-Z]{1,3})\$?\d+\s*\)\s*$/i.exec(formula);
  return m !== null && m[1].toUpperCase() === columnLetters(column) && m[2].toUpperCase() === columnLetters(column);
}

/**
 * Removes what is recognisably Målkoll's in the anchor's range, with the colouring rules and the name. After the
 * caller's first context.sync: the rules' types and their formulas (status and own columns), the cells (one per
 * about 4 MB on the web), the removal.
 *
 * @example
 * await removeByAnchor(context, 'status-column', { sheet: 'Indikatorer', address: 'F3:F12' }, sheet)
 * // → { cleared: 10, kept: 0, address: 'Indikatorer!F3:F12' }
 */
export async function removeByAnchor(context: Excel.RequestContext, kind: BlockKind, anchor: Anchor, sheet: Excel.Worksheet): Promise<BlockRemoval> {
  const rect = parseRangeAddress(anchor.address);
  if (!rect) return { cleared: 0, kept: 0 };
  const marker = BLOCK_KINDS[kind].ruleMarker;
  // The rules' deletes are queued, and go with the next round trip.
  if (marker) await queueDeleteRules(context, [sheet], [marker]);
  const formulas = (await readRectProperties(context, [{ sheet, rect }], ['formulas']))[0].formulas;
  let cleared = 0;
  let kept = 0;
  const emptied = formulas.map((row, r) =>
    row.map((v, c) => {
      if (v === '' || v === null || v === undefined) return null;
      const heading = BLOCK_KINDS[kind].headingRow && r === 0 && typeof v === 'string' && !v.startsWith('=');
      const ours = callsOurs(v) || (BLOCK_KINDS[kind].sumsOwnColumn && typeof v === 'string' && sumOfOwnColumn(v, rect.left + c));
      if (heading || ours) {
        cleared += 1;
        return '';
      }
      kept += 1;
      return null;
    }),
  );
  if (cleared > 0) sheet.getRange(rectA1(rect)).formulas = emptied as unknown as string[][];
  context.workbook.names.getItemOrNullObject(anchorName(kind)).delete();
  await context.sync();
  return { cleared, kept, address: qualifiedAddress(anchor.sheet, rectA1(rect)) };
}
