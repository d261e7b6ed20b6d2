/**
 * Writing formulas that call Målkoll's functions so that every one of them binds, in English, Swedish and
 * Finnish-Swedish Excel, before and after Excel 2607, learning the user's notation from Excel itself.
 *
 * Why: through `range.formulas` (the invariant notation) a localized Excel before 2607 binds no custom function,
 * by either name (office-js 891, 6614); through `range.formulasLocal` it binds the names of its display language,
 * but that property wants the user's list separator (";" with Swedish regional settings), decimal separator and
 * built-in names (SUMMA), which office.js does not tell (Application.cultureInfo has no list separator). And a cell
 * that showed #NAME? stays so when the functions load later (office-js 6611, 6395): none may be left behind.
 *
 * How, in the same round trip as the write:
 * 1. two probes in the first cell of ours: RIKTNING("") and DIRECTION("") through formulasLocal (one argument, no
 *    separator needed), each read back: which names Excel binds;
 * 2. every cell through `range.formulas`, built-ins in English (Excel translates those), read back as values and
 *    as formulasLocal: Excel's own rendering in the user's notation (separators, decimals, SUMMA).
 * In English Excel and from 2607 on, that is all. Otherwise the cells of ours are written once more through
 * formulasLocal, as Excel rendered them with our names in the language the probe bound, and read back. What
 * binds by neither name is not left: the caller puts the cells back (see ./blockWrite.ts).
 */
import { a1 } from '../../core';
import { callsOurs, namesIn, probeFormula, unknownFunctionIn, type FunctionLanguage } from './formulaLanguage';

export type Cells = (string | number | boolean | null)[][];

export interface BoundWrite {
  /**
   * After the sync that sent the write: bound, or the names Excel binds through formulasLocal (null: neither,
   * Excel does not know the functions now).
   */
  outcome(): { bound: true } | { bound: false; language: FunctionLanguage | null };
  /** Queues the cells of ours again through formulasLocal with our names in `language`; after the next sync, whether they bound. */
  queueLocal(language: FunctionLanguage): () => boolean;
}

/**
 * Queues the write of `cells` (invariant notation, our functions by id) at `address` on `sheet`, with the probes
 * and read-backs above; null in `cells` leaves a cell alone.
 *
 * @example
 * const write = queueBoundWrite(sheet, 'G4:G9', cells);
 * await context.sync();
 * const first = write.outcome(); // { bound: true } in English Excel
 */
export function queueBoundWrite(sheet: Excel.Worksheet, address: string, top: { row: number; column: number }, cells: Cells): BoundWrite {
  const ours = cells.map((row) => row.map((v) => callsOurs(v)));
  const firstRow = ours.findIndex((row) => row.includes(true));
  const probes: { language: FunctionLanguage; range: Excel.Range }[] = [];
  if (firstRow >= 0) {
    const cell = a1(top.row + firstRow, top.column + ours[firstRow].indexOf(true));
    for (const language of ['sv', 'en'] as const) {
      const probe = sheet.getRange(cell);
      probe.formulasLocal = [[probeFormula(language)]];
      probes.push({ language, range: probe.load('values') });
    }
  }
  const range = sheet.getRange(address);
  range.formulas = cells as unknown as string[][];
  const written = sheet.getRange(address).load(firstRow >= 0 ? 'values,formulasLocal' : 'values');

  return {
    outcome() {
      if (firstRow < 0 || !unknownFunctionIn(cells, written.values)) return { bound: true };
      const binds = probes.find((p) => p.range.values[0]?.[0] !== '#NAME?');
      return { bound: false, language: binds ? binds.language : null };
    },
    queueLocal(language) {
      const local = written.formulasLocal.map((row, r) => row.map((v, c) => (ours[r]?.[c] && typeof v === 'string' ? namesIn(v, language) : null)));
      sheet.getRange(address).formulasLocal = local as unknown as string[][];
      const check = sheet.getRange(address).load('values');
      return () => !unknownFunctionIn(cells, check.values);
    },
  };
}
