/**
 * Writing a block of live formula columns next to a table (the status column, the calculation columns, a
 * table's own columns): only into empty cells or over what the controller was shown, remembered in the
 * workbook's settings, every formula of ours bound (./boundWrite.ts), or nothing written at all.
 */
import { parseRangeAddress } from '../model/rangeAddress';
import type { SheetBlock } from '../model/blocks';
import { queueBoundWrite, type Cells } from './boundWrite';
import { planBlockWrite } from '../model/blockWritePlan';
import { excelFailure, failed, succeeded, type Outcome } from './outcome';
import { readBlockRecord, storeRecord, type BlockRecord } from './records';
import { anchorName, queueAnchor } from './blockAnchors';
import { BLOCK_KINDS, type BlockKind } from '../model/blockKinds';

/** What writeBlock did. */
export interface BlockWritten {
  address: string;
  /**
   * Every cell already held exactly what the block writes: the block was there, but the workbook's record of it
   * was gone (Excel on the web can lose an add-in's settings); it is remembered again, and can be removed.
   */
  alreadyThere?: boolean;
}

/**
 * Writes a block into empty cells, over cells that still show what the controller was shown (`expected`: values,
 * compared with the values Excel reads now, so a column of the controller's own formulas counts as what it shows),
 * and over cells that already hold exactly what the block writes (the block itself, its record lost).
 * Refuses, writing nothing, if any cell holds something else. The record goes into the workbook's settings, and a
 * hidden defined name marks the block's cells (./blockAnchors.ts), for removing it should the settings be lost.
 *
 * Round trips: one to read the cells and the record; one to write the cells (see ./boundWrite.ts), their number
 * formats, their colouring and the record, and to read back what Excel made of them. That is all in English Excel
 * and in Excel 2607 and later; a localized Excel before 2607 takes a third, the formulas of ours again through
 * formulasLocal. When Excel binds our functions by no name (they have not loaded), one more puts every cell, format
 * and rule back and forgets the record, and the outcome says so: 2, 3, or at most 4 context.sync calls.
 *
 * @example
 * await writeBlock('status-column', { sheet: 'Indikatorer', address: 'G4:G9',
 *   cells: [['Status'], ['=MALKOLL.TARGET_STATUS(E5,D5)'], …], colouring: [{ address: 'G5:G9', rules }] });
 * // in Swedish Excel G5 then holds =MALKOLL.MÅLSTATUS(E5;D5) → { ok: true, value: { address: 'G4:G9' } }
 */
export async function writeBlock(kind: BlockKind, block: SheetBlock): Promise<Outcome<BlockWritten>> {
  const rect = parseRangeAddress(block.address);
  if (!rect) return failed('pane.block.badAddress', { address: block.address });
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(block.sheetId ?? block.sheet);
      sheet.load('id,name');
      const range = sheet.getRange(block.address);
      range.load(block.numberFormats ? 'formulas,values,valueTypes,numberFormat' : 'formulas,values,valueTypes');
      const existing = context.workbook.settings.getItemOrNullObject(BLOCK_KINDS[kind].settingsKey).load('value');
      const oldName = context.workbook.names.getItemOrNullObject(anchorName(kind)).load('name');
      await context.sync();

      if (!existing.isNullObject && readBlockRecord(existing.value)) return failed<BlockWritten>(BLOCK_KINDS[kind].messages.already);
      // Only the cells the block writes must be free; a cell shown to the controller may hold what was shown.
      const plan = planBlockWrite({ ...block, top: rect.top, left: rect.left }, range);
      if (!plan.ok) return failed<BlockWritten>(plan.message.key, plan.message.params);
      const { previous } = plan;

      const numberFormatsBefore = block.numberFormats ? range.numberFormat.map((row) => row.map(String)) : undefined;
      const record: BlockRecord = { sheetId: sheet.id, sheet: sheet.name, address: block.address, written: block.cells };
      if (numberFormatsBefore) record.numberFormatsBefore = numberFormatsBefore;
      if (plan.before) record.before = plan.before;
      if (block.editable) record.editable = block.editable;

      const write = queueBoundWrite(sheet, block.address, { row: rect.top, column: rect.left }, block.cells as Cells);
      if (block.numberFormats) sheet.getRange(block.address).numberFormat = block.numberFormats as unknown as string[][];
      const rules: Excel.ConditionalFormat[] = [];
      for (const area of block.colouring ?? []) {
        const target = sheet.getRange(area.address);
        for (const rule of area.rules) {
          const cf = target.conditionalFormats.add('Custom');
          cf.custom.rule.formula = rule.formula;
          cf.custom.format.fill.color = rule.fill;
          cf.custom.format.font.color = rule.font;
          rules.push(cf);
        }
      }
      const setting = context.workbook.settings.add(BLOCK_KINDS[kind].settingsKey, storeRecord(record));
      const name = queueAnchor(context, kind, sheet, block.address, !oldName.isNullObject);
      await context.sync();

      const done = succeeded<BlockWritten>({ address: block.address, ...(plan.alreadyThere ? { alreadyThere: true } : {}) });
      const first = write.outcome();
      if (first.bound) return done;
      if (first.language) {
        const bound = write.queueLocal(first.language);
        await context.sync();
        if (bound()) return done;
      }
      // Excel binds our functions by no name now: nothing of the block may stay.
      sheet.getRange(block.address).formulas = previous as unknown as string[][];
      if (numberFormatsBefore) sheet.getRange(block.address).numberFormat = numberFormatsBefore;
      for (const cf of rules) cf.delete();
      setting.delete();
      name.delete();
      await context.sync();
      return failed<BlockWritten>('pane.block.functionsUnknown');
    });
  } catch (error) {
    return excelFailure(error);
  }
}
