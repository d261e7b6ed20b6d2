/**
 * Live formula columns next to a table: the status column of an indicator table and the calculation
 * columns of a volume table. Written only into empty cells, remembered in the workbook's settings, and
 * removable: removal empties exactly the cells that still hold what Målkoll wrote, puts their number
 * formats back, and deletes Målkoll's colouring rules.
 */
import { a1, columnLetters, maxOf, minOf } from '../../core';
import { locateRows } from '../model/blockLocation';
import { parseRangeAddress, qualifiedAddress, rectA1 } from '../model/rangeAddress';
import { canonicalCells, cellsIn, excelFunctionLanguage, unknownFunctionIn } from './formulaLanguage';
import { excelFailure, failed, succeeded, type Outcome } from './outcome';
import { queueDeleteRules } from './ourRules';
import { CALCULATIONS_KEY, isSheet, OWN_COLUMNS_KEY, readBlockRecord, STATUS_COLUMN_KEY, storeRecord, type BlockRecord } from './records';
import type { SheetBlock } from '../model/blocks';
import { OWN_MARKER, STATUS_MARKER } from '../model/markers';

export type BlockKind = 'status-column' | 'calculations' | 'own-columns';

const KEYS: Record<BlockKind, string> = { 'status-column': STATUS_COLUMN_KEY, calculations: CALCULATIONS_KEY, 'own-columns': OWN_COLUMNS_KEY };
/** The marker of each kind's colouring rules, found again on removal wherever Excel moved them. */
const RULE_MARKERS: Partial<Record<BlockKind, string>> = { 'status-column': STATUS_MARKER, 'own-columns': OWN_MARKER };
/** What a kind answers when its block is already in the workbook. */
const ALREADY = { 'status-column': 'pane.status.already', calculations: 'pane.calc.already', 'own-columns': 'pane.own.already' } as const;

/** A cell's content as shown before and as read now are the same: a constant or a formula, whatever its type. */
function sameContent(shown: unknown, now: unknown): boolean {
  return String(shown ?? '') === String(now ?? '');
}

function isEmptyFormula(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** What writeBlock did: where, and whether Excel knew Målkoll's functions by neither name. */
export interface BlockWritten {
  address: string;
  /** Excel showed #NAME? for our functions in its display language and in the other: they are not loaded. */
  functionsUnknown?: boolean;
}

/**
 * Writes a block into empty cells, and over the cells the block says were shown to the controller first
 * (`expected`, a table's own status column). Two context.sync calls: one to see that every cell to be
 * written is empty or still holds what was shown (and that no block of this kind is already there), one to
 * write the cells, number formats, colouring and the record (which names the sheet by id, and keeps what
 * the written cells held before), and to read the cells back. Refuses, writing nothing, if any cell holds
 * something else.
 * Our functions are named in the language Excel displays (Swedish in sv-SE and sv-FI Excel); when Excel
 * shows #NAME? for them all the same, the formulas are rewritten with the other language's names, one sync
 * more, and if Excel knows neither, they go back to the display language's names (which Excel binds once
 * the functions are loaded) and the result says so.
 *
 * @example
 * await writeBlock('status-column', { sheet: 'Indikatorer', address: 'G4:G9',
 *   cells: [['Status'], ['=MALKOLL.TARGET_STATUS(E5,D5)'], …], colouring: { address: 'G5:G9', rules } });
 * // in Swedish Excel G5 holds =MALKOLL.MÅLSTATUS(E5,D5) → { ok: true, value: { address: 'G4:G9' } }
 */
export async function writeBlock(kind: BlockKind, block: SheetBlock): Promise<Outcome<BlockWritten>> {
  const rect = parseRangeAddress(block.address);
  if (!rect) return failed('pane.block.badAddress', { address: block.address });
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(block.sheetId ?? block.sheet);
      sheet.load('id,name');
      const range = sheet.getRange(block.address);
      range.load(block.numberFormats ? 'formulas,numberFormat' : 'formulas');
      const existing = context.workbook.settings.getItemOrNullObject(KEYS[kind]).load('value');
      await context.sync();

      if (!existing.isNullObject && readBlockRecord(existing.value)) return failed<BlockWritten>(ALREADY[kind]);
      // Only the cells the block writes must be free; a cell shown to the controller may hold what was shown.
      let overwritten = false;
      for (let r = 0; r < range.formulas.length; r++) {
        for (let c = 0; c < range.formulas[r].length; c++) {
          const now = range.formulas[r][c];
          if (block.cells[r]?.[c] === null || block.cells[r]?.[c] === undefined || isEmptyFormula(now)) continue;
          const shown = block.expected?.[r]?.[c];
          const cell = a1(rect.top + r, rect.left + c);
          if (shown === undefined || shown === null) return failed<BlockWritten>('pane.block.notEmpty', { cell, range: block.address });
          if (!sameContent(shown, now)) return failed<BlockWritten>('pane.block.changedSince', { cell });
          overwritten = true;
        }
      }

      const language = excelFunctionLanguage();
      const numberFormatsBefore = block.numberFormats ? range.numberFormat.map((row) => row.map(String)) : undefined;
      // What the cells written over held, so that removing the block puts it back exactly.
      const before = overwritten
        ? range.formulas.map((row, r) => row.map((v, c) => (block.cells[r]?.[c] === null || isEmptyFormula(v) ? null : (v as string | number | boolean))))
        : undefined;
      /** Queues the cells in a language, the record of exactly that, and a read-back of what Excel made of them. */
      const put = (cells: SheetBlock['cells']) => {
        range.formulas = cells as unknown as string[][];
        const record: BlockRecord = { sheetId: sheet.id, sheet: sheet.name, address: block.address, written: cells };
        if (numberFormatsBefore) record.numberFormatsBefore = numberFormatsBefore;
        if (before) record.before = before;
        if (block.editable) record.editable = block.editable;
        context.workbook.settings.add(KEYS[kind], storeRecord(record));
        return sheet.getRange(block.address).load('values');
      };
      const first = cellsIn(block.cells, language);
      const shown = put(first);
      if (block.numberFormats) range.numberFormat = block.numberFormats as unknown as string[][];
      for (const area of block.colouring ?? []) {
        const target = sheet.getRange(area.address);
        for (const rule of area.rules) {
          const cf = target.conditionalFormats.add('Custom');
          cf.custom.rule.formula = rule.formula;
          cf.custom.format.fill.color = rule.fill;
          cf.custom.format.font.color = rule.font;
        }
      }
      await context.sync();
      if (!unknownFunctionIn(first, shown.values)) return succeeded<BlockWritten>({ address: block.address });

      // Excel did not bind the names of its display language (office-js issue 891 and its kin): the other language.
      const second = cellsIn(block.cells, language === 'sv' ? 'en' : 'sv');
      const shownSecond = put(second);
      await context.sync();
      if (!unknownFunctionIn(second, shownSecond.values)) return succeeded<BlockWritten>({ address: block.address });
      put(first);
      await context.sync();
      return succeeded<BlockWritten>({ address: block.address, functionsUnknown: true });
    });
  } catch (error) {
    return excelFailure(error);
  }
}

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
}

/**
 * Removes a block Målkoll wrote, on its sheet found by id (renamed or not). Each row of the block is looked
 * for where it was written, else where it has moved to in its columns (rows inserted above the table or
 * inside it); cells still holding exactly what was written are emptied and get their number format back,
 * cells the user has changed since are left as they are (and counted). The status column's colouring rules are found by
 * their marker anywhere on the sheet. When nothing of the block can be found, nothing is removed and the
 * result says so (`notFound`) with the address it was written to; the record is forgotten either way, so
 * the pane never claims a block that is not there.
 * Four context.sync calls for the status column (the record and sheets; the block's columns and the
 * rules' types; the rules' formulas; the removal), three for the calculations, one when there is no record.
 *
 * @example
 * await removeBlock('status-column'); // → { ok: true, value: { cleared: 7, kept: 0, address: 'Indikatorer!G4:G10' } }
 */
export async function removeBlock(kind: BlockKind): Promise<Outcome<BlockRemoval>> {
  try {
    return await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(KEYS[kind]).load('value');
      const sheets = context.workbook.worksheets.load('items/id,items/name');
      await context.sync();
      if (setting.isNullObject) return succeeded<BlockRemoval>({ cleared: 0, kept: 0 });
      const record = readBlockRecord(setting.value);
      const found = record && sheets.items.find((s) => isSheet(record, { id: s.id, name: s.name }));
      const rect = record && parseRangeAddress(record.address);
      if (!record || !found || !rect) {
        // The sheet is gone (and our cells with it), or the record is not ours: forget it.
        setting.delete();
        await context.sync();
        return succeeded<BlockRemoval>({ cleared: 0, kept: 0 });
      }
      const sheet = context.workbook.worksheets.getItem(found.id);
      const columns = `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
      const area = sheet.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(columns);
      area.load('address,formulas');
      // The colours are ours wherever they are; the loads above ride on the first sync.
      const marker = RULE_MARKERS[kind];
      if (marker) await queueDeleteRules(context, [sheet], [marker]);
      else await context.sync();

      const areaRect = area.isNullObject ? null : parseRangeAddress(area.address);
      const contents = areaRect ? { top: areaRect.top, left: areaRect.left, formulas: area.formulas } : { top: 1, left: 1, formulas: [] };
      // Our functions compared by id: the block may have been written in another Excel language than this one.
      // A cell the controller was meant to change (a legend's symbol) is ours whatever it holds: found by the rest of its row.
      const editable = new Set((record.editable ?? []).map(([r, c]) => `${r},${c}`));
      const matched = record.written.map((line, r) => line.map((v, c) => (editable.has(`${r},${c}`) ? null : v)));
      const places = locateRows(canonicalCells(matched) as BlockRecord['written'], rect.top, rect.left, {
        ...contents,
        formulas: canonicalCells(contents.formulas),
      });
      const current = (row: number, column: number) => contents.formulas[row - contents.top]?.[column - contents.left];

      // Each row found is emptied where it is now; a row not found is left alone, and counted when its cell
      // holds something (the user's edit) rather than nothing.
      let cleared = 0;
      let kept = 0;
      const rowsAt = places.map((p, r) => rect.top + r + p.shift);
      const top = minOf(rowsAt);
      const bottom = maxOf(rowsAt);
      const width = rect.right - rect.left + 1;
      const emptied: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: width }, () => null));
      const formats: (string | null)[][] = emptied.map((line) => [...line]);
      record.written.forEach((line, r) => {
        const at = rowsAt[r];
        line.forEach((written, c) => {
          if (written === null) return;
          if (!places[r].found) {
            if (!isEmptyFormula(current(at, rect.left + c)) && !editable.has(`${r},${c}`)) kept += 1;
            return;
          }
          cleared += 1;
          // Back to what the cell held before Målkoll wrote over it, or empty.
          const held = record.before?.[r]?.[c];
          emptied[at - top][c] = held === null || held === undefined ? '' : String(held);
          const before = record.numberFormatsBefore?.[r]?.[c];
          if (before !== undefined) formats[at - top][c] = before;
        });
      });
      const span = { top, left: rect.left, bottom, right: rect.right };
      if (cleared > 0) {
        const target = sheet.getRange(rectA1(span));
        // Formats first, so that a text that looks like a number goes back into a Text cell as text.
        if (record.numberFormatsBefore) target.numberFormat = formats as unknown as string[][];
        target.formulas = emptied as unknown as string[][];
      }
      setting.delete();
      await context.sync();
      const moved = places.some((p) => p.found && p.shift !== 0);
      return succeeded<BlockRemoval>({
        cleared,
        kept,
        address: qualifiedAddress(found.name, rectA1(moved ? span : rect)),
        ...(moved ? { moved: true } : {}),
        ...(cleared === 0 && kept > 0 ? { notFound: true } : {}),
      });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
