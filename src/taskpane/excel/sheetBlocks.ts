/**
 * Live formula columns next to a table: the status column of an indicator table and the calculation
 * columns of a volume table. Written only into empty cells, remembered in the workbook's settings, and
 * removable: removal empties exactly the cells that still hold what Målkoll wrote, puts their number
 * formats back, and deletes Målkoll's colouring rules.
 */
import { a1 } from '../../core/address';
import { excelFailure, failed, succeeded, type Outcome } from './outcome';
import { queueDeleteOurRules } from './ourRules';
import { parseRangeAddress } from '../model/rangeAddress';
import { CALCULATIONS_KEY, readBlockRecord, RULE_MARKER, STATUS_COLUMN_KEY, storeRecord, type BlockRecord } from './records';

export type BlockKind = 'status-column' | 'calculations';

const KEYS: Record<BlockKind, string> = { 'status-column': STATUS_COLUMN_KEY, calculations: CALCULATIONS_KEY };

export interface ColourRule {
  /** A custom conditional-format formula carrying RULE_MARKER, relative to the range's top-left cell. */
  formula: string;
  fill: string;
  font: string;
}

export interface SheetBlock {
  sheet: string;
  /** A1 range of every cell the block covers, e.g. "G4:G40". All of it must be empty. */
  address: string;
  /** Formulas (English, comma-separated, as the JS API takes them) or constants; null leaves a cell alone. */
  cells: (string | number | null)[][];
  /** Excel number formats (invariant notation, e.g. "0%"); null leaves a cell's format alone. */
  numberFormats?: (string | null)[][];
  /** Conditional colouring, e.g. of status words. */
  colouring?: { address: string; rules: ColourRule[] };
}

export interface StatusWords {
  met: string[];
  missed: string[];
  notAssessable: string[];
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Colouring rules for a status column: green for met, red for missed, yellow for not assessable, in every
 * language the status function answers in (a workbook moves between Swedish and English Excel).
 *
 * @example
 * statusColouring('G5:G40', { met: ['Uppfyllt', 'Met'], missed: ['Ej uppfyllt', 'Not met'], notAssessable: ['Ej bedömbart', 'Not assessable'] })[0].formula
 * // → '=AND(N("Målkoll:status")=0,OR(G5="Uppfyllt",G5="Met"))'
 */
export function statusColouring(address: string, words: StatusWords): ColourRule[] {
  const rect = parseRangeAddress(address);
  const first = rect ? a1(rect.top, rect.left) : 'A1';
  const rule = (list: string[]) =>
    `=AND(${RULE_MARKER}:status")=0,OR(${list.map((w) => `${first}=${quoted(w)}`).join(',')}))`;
  return [
    { formula: rule(words.met), fill: '#C6EFCE', font: '#006100' },
    { formula: rule(words.missed), fill: '#FFC7CE', font: '#9C0006' },
    { formula: rule(words.notAssessable), fill: '#FFEB9C', font: '#9C5700' },
  ];
}

function isEmptyFormula(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** Same content as written? Excel may give a formula back in other letter case or spacing. */
function sameContent(current: unknown, written: string | number): boolean {
  if (typeof written === 'number') return current === written;
  if (typeof current !== 'string') return false;
  if (written.startsWith('=')) return current.replace(/\s+/g, '').toUpperCase() === written.replace(/\s+/g, '').toUpperCase();
  return current === written;
}

/**
 * Writes a block into empty cells. Two context.sync calls: one to see that every cell is empty (and
 * that no block of this kind is already there), one to write the cells, number formats, colouring and the
 * record. Refuses, writing nothing, if any cell holds something.
 *
 * @example
 * await writeBlock('status-column', { sheet: 'Indikatorer', address: 'G4:G9',
 *   cells: [['Status'], ['=MALKOLL.TARGET_STATUS(E5,D5)'], …], colouring: { address: 'G5:G9', rules } });
 */
export async function writeBlock(kind: BlockKind, block: SheetBlock): Promise<Outcome<{ address: string }>> {
  const rect = parseRangeAddress(block.address);
  if (!rect) return failed('pane.block.badAddress', { address: block.address });
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(block.sheet);
      const range = sheet.getRange(block.address);
      range.load(block.numberFormats ? 'formulas,numberFormat' : 'formulas');
      const existing = context.workbook.settings.getItemOrNullObject(KEYS[kind]).load('value');
      await context.sync();

      if (!existing.isNullObject && readBlockRecord(existing.value)) {
        return failed<{ address: string }>(kind === 'status-column' ? 'pane.status.already' : 'pane.calc.already');
      }
      for (let r = 0; r < range.formulas.length; r++) {
        for (let c = 0; c < range.formulas[r].length; c++) {
          if (!isEmptyFormula(range.formulas[r][c])) {
            return failed<{ address: string }>('pane.block.notEmpty', { cell: a1(rect.top + r, rect.left + c), range: block.address });
          }
        }
      }

      const record: BlockRecord = { sheet: block.sheet, address: block.address, written: block.cells };
      if (block.numberFormats) record.numberFormatsBefore = range.numberFormat.map((row) => row.map(String));
      range.formulas = block.cells as unknown as string[][];
      if (block.numberFormats) range.numberFormat = block.numberFormats as unknown as string[][];
      if (block.colouring) {
        const target = sheet.getRange(block.colouring.address);
        for (const rule of block.colouring.rules) {
          const cf = target.conditionalFormats.add('Custom');
          cf.custom.rule.formula = rule.formula;
          cf.custom.format.fill.color = rule.fill;
          cf.custom.format.font.color = rule.font;
        }
      }
      context.workbook.settings.add(KEYS[kind], storeRecord(record));
      await context.sync();
      return succeeded({ address: block.address });
    });
  } catch (error) {
    return excelFailure(error);
  }
}

/**
 * Removes a block Målkoll wrote: cells still holding exactly what was written are emptied and get their
 * number format back; cells the user has changed since are left as they are (and counted). Four
 * context.sync calls (the record; the cells and our rules; the rules' formulas; the removal), one when
 * there is nothing to remove.
 *
 * @example
 * await removeBlock('status-column'); // → { ok: true, value: { cleared: 7, kept: 0 } }
 */
export async function removeBlock(kind: BlockKind): Promise<Outcome<{ cleared: number; kept: number }>> {
  try {
    return await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(KEYS[kind]).load('value');
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      if (setting.isNullObject) return succeeded({ cleared: 0, kept: 0 });
      const record = readBlockRecord(setting.value);
      if (!record || !sheets.items.some((s) => s.name === record.sheet)) {
        // The sheet is gone (and our cells with it), or the record is not ours: forget it.
        setting.delete();
        await context.sync();
        return succeeded({ cleared: 0, kept: 0 });
      }
      const sheet = context.workbook.worksheets.getItem(record.sheet);
      const range = sheet.getRange(record.address);
      range.load('formulas');
      // Our rules lie inside the block; the formulas load rides on the same round trip.
      await queueDeleteOurRules(context, [{ sheet, addresses: [record.address] }]);

      let cleared = 0;
      let kept = 0;
      const contents = record.written.map((row, r) =>
        row.map((written, c) => {
          if (written === null) return null;
          if (sameContent(range.formulas[r]?.[c], written)) {
            cleared += 1;
            return '';
          }
          kept += 1;
          return null;
        }),
      );
      range.formulas = contents as unknown as string[][];
      if (record.numberFormatsBefore) {
        range.numberFormat = record.numberFormatsBefore.map((row, r) =>
          row.map((before, c) => (contents[r]?.[c] === '' ? before : null)),
        ) as unknown as string[][];
      }
      setting.delete();
      await context.sync();
      return succeeded({ cleared, kept });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
