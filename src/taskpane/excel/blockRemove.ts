/**
 * Removing a block Målkoll wrote next to a table: exactly the cells that still hold what Målkoll wrote are
 * emptied (or get back what they held before), with their number formats, and Målkoll's colouring rules go.
 */
import { columnLetters, pushAll } from '../../core';
import { planBlockRemoval } from '../model/blockRemovalPlan';
import { parseRangeAddress, qualifiedAddress, rectA1 } from '../model/rangeAddress';
import { anchorName, loadAnchor } from './blockAnchors';
import { BLOCK_KINDS, type BlockKind } from '../model/blockKinds';
import { removeByAnchor } from './blockRecognise';
import { queueBoundWrite, type Cells } from './boundWrite';
import { excelFailure, succeeded, type Outcome } from './outcome';
import { queueDeleteRules } from './ourRules';
import { readRectProperties } from './readRects';
import { findSheet, readBlockRecord } from './records';

export interface BlockRemoval {
  /** Cells emptied (they still held exactly what Målkoll wrote). */
  cleared: number;
  /** Cells left as they are: they hold something else now (the user's edit, or a formula moved into them). */
  kept: number;
  /** Where the block was found (sheet-qualified), or where it was written when it was not found whole. */
  address?: string;
  /** The block had moved (rows inserted or deleted above it) and was removed where it is now. */
  moved?: boolean;
  /** Nothing of the block was where it was written, nor whole anywhere in its columns: nothing was removed. */
  notFound?: boolean;
  /** Formulas put back that call Målkoll's functions show #NAME?: Excel does not know the functions now. */
  functionsUnknown?: boolean;
}

/** Cells of the block's columns read with the first round trip: about 1.5 MB of formulas at most. */
const WINDOW_CELLS = 25_000;

/**
 * Removes a block Målkoll wrote, on its sheet found by id or name (see findSheet: ids change when a workbook is
 * opened again elsewhere). Each row of the block is looked for where it was written, else where it has moved to
 * in its columns (rows inserted above the table or inside it); cells still holding exactly what was written are
 * emptied and get their number format back, cells the user has changed since are left as they are (and counted).
 * Colouring rules are found by their marker anywhere on the sheet. What a cell held before Målkoll wrote over it
 * goes back exactly (a text as text, a formula of ours bound: ./boundWrite.ts). When nothing of the block can be
 * found, nothing is removed and the result says so (`notFound`); the record is forgotten either way. With the
 * record lost from the settings, the block's defined name finds it (./blockRecognise.ts).
 * Round trips: the record and the sheets; the block's columns (their first 25 000 cells) with the rules' types;
 * the rules' formulas (status and own columns only); the removal: 4 for the status column and own columns, 3 for
 * the calculations, one when there is no record. One more per about 4 MB of the columns' formulas past the first
 * 25 000 cells (Excel on the web's 5 MB response), and one more when a formula of ours put back needs Excel's
 * local notation (./boundWrite.ts).
 *
 * @example
 * await removeBlock('status-column'); // → { ok: true, value: { cleared: 7, kept: 0, address: 'Indikatorer!G4:G10' } }
 */
export async function removeBlock(kind: BlockKind): Promise<Outcome<BlockRemoval>> {
  try {
    return await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(BLOCK_KINDS[kind].settingsKey).load('value');
      const sheets = context.workbook.worksheets.load('items/id,items/name');
      const anchor = loadAnchor(context, kind);
      await context.sync();
      const named = anchor();
      if (setting.isNullObject) {
        // The record is gone (Excel on the web can lose settings): the block's name still says where it is.
        const onSheet = named && sheets.items.find((s) => s.name.toLowerCase() === named.sheet.toLowerCase());
        if (!named || !onSheet) return succeeded<BlockRemoval>({ cleared: 0, kept: 0 });
        return succeeded(await removeByAnchor(context, kind, named, context.workbook.worksheets.getItem(onSheet.id)));
      }
      const record = readBlockRecord(setting.value);
      if (named) context.workbook.names.getItemOrNullObject(anchorName(kind)).delete();
      const found = record ? findSheet(record, sheets.items) : undefined;
      const rect = record && parseRangeAddress(record.address);
      if (!record || !found || !rect) {
        // The sheet is gone (and our cells with it), or the record is not ours: forget it.
        setting.delete();
        await context.sync();
        return succeeded<BlockRemoval>({ cleared: 0, kept: 0 });
      }
      const sheet = context.workbook.worksheets.getItem(found.id);
      const [left, right] = [columnLetters(rect.left), columnLetters(rect.right)];
      const used = sheet.getUsedRangeOrNullObject(true);
      const area = used.getIntersectionOrNullObject(`${left}:${right}`).load('address');
      // The columns' top rows come with the first read; a long sheet's rest in chunks, as Excel on the web's 5 MB allow.
      const windowRows = Math.max(1, Math.floor(WINDOW_CELLS / (rect.right - rect.left + 1)));
      const head = used.getIntersectionOrNullObject(`${left}1:${right}${windowRows}`).load('address,formulas');
      // The colours are ours wherever they are; the loads above ride on the first sync, the deletes on the next.
      const marker = BLOCK_KINDS[kind].ruleMarker;
      if (marker) await queueDeleteRules(context, [sheet], [marker]);
      else await context.sync();
      const areaRect = area.isNullObject ? null : parseRangeAddress(area.address);
      const formulas: unknown[][] = head.isNullObject ? [] : [...head.formulas];
      if (areaRect && areaRect.bottom > Math.max(windowRows, areaRect.top + formulas.length - 1)) {
        const rest = { ...areaRect, top: areaRect.top + formulas.length };
        pushAll(formulas, (await readRectProperties(context, [{ sheet, rect: rest }], ['formulas']))[0].formulas);
      }
      const contents = areaRect ? { top: areaRect.top, left: areaRect.left, formulas } : { top: 1, left: 1, formulas: [] };

      // Which cells go, stay or get back what they held: decided from the record and the columns (../model).
      const plan = planBlockRemoval(record, rect, contents);
      const { cleared, kept, span, moved } = plan;
      // Formats first, so that a text that looks like a number goes back into a Text cell as text.
      if (cleared > 0 && plan.formats) sheet.getRange(rectA1(span)).numberFormat = plan.formats as unknown as string[][];
      const write = cleared > 0 ? queueBoundWrite(sheet, rectA1(span), { row: span.top, column: rect.left }, plan.cells as Cells) : null;
      setting.delete();
      await context.sync();
      let functionsUnknown = false;
      const outcome = write?.outcome();
      if (write && outcome && !outcome.bound) {
        if (outcome.language) {
          const bound = write.queueLocal(outcome.language);
          await context.sync();
          functionsUnknown = !bound();
        } else {
          functionsUnknown = true;
        }
      }
      return succeeded<BlockRemoval>({
        cleared,
        kept,
        address: qualifiedAddress(found.name, rectA1(moved ? span : rect)),
        ...(moved ? { moved: true } : {}),
        ...(cleared === 0 && kept > 0 ? { notFound: true } : {}),
        ...(functionsUnknown ? { functionsUnknown: true } : {}),
      });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
