/**
 * What a reader of a workbook file could not pass on faithfully, and the findings that say so. The
 * reader (src/xlsx, in the command line and the check page) reports notes; the workbook check turns them
 * into findings, so that nothing a reader skipped is ever reported clean.
 */
import { a1, parseA1 } from '../address';
import type { Grid, Message, Severity } from '../types';
import type { WorkbookFinding } from './types';

export type ReadNote =
  | {
      /** Formulas saved without a computed result (a file written by a program, not by Excel): read as blank. */
      kind: 'formula-without-result';
      sheet: string;
      count: number;
      /** The first few cells, in reading order, e.g. ["D12", "D13"]. */
      cells: string[];
    }
  | {
      /** A sheet whose used range is too large to hold in memory (usually a stray value far away): not checked. */
      kind: 'sheet-too-large';
      sheet: string;
      range: string;
      cellCount: number;
      /** The most cells the sheets of one workbook may cover together. */
      limit: number;
    }
  | {
      /** A sheet the workbook lists but that cannot be read (its part missing, shared or damaged): not checked. */
      kind: 'sheet-unreadable';
      sheet: string;
      /** Which part of the file is damaged and how, in the catalogue's words. */
      reason: Message;
    };

/** A workbook as its reader hands it over: one grid per sheet it could read, and what it could not. */
export interface WorkbookGrids {
  /** One grid per worksheet that could be read, in the workbook's sheet order (hidden sheets included). */
  grids: Grid[];
  notes: ReadNote[];
}

function at(sheet: string, address: string | undefined): { sheet: string; cell?: string; row?: number } {
  const first = parseA1(address ?? '');
  return first ? { sheet, cell: a1(first.row, first.column), row: first.row } : { sheet };
}

/**
 * The finding a read note gives, at the first cell it names.
 *
 * @example
 * noteFinding({ kind: 'sheet-too-large', sheet: 'Export', range: 'A1:XFD1048576', cellCount: 17179869184 })
 * // → { code: 'sheet-too-large', severity: 'error', sheet: 'Export', cell: 'A1', row: 1, message: { key: 'workbook.sheetTooLarge', … } }
 */
export function noteFinding(note: ReadNote): WorkbookFinding {
  if (note.kind === 'formula-without-result') {
    const severity: Severity = 'warning';
    return {
      code: 'formula-without-result',
      severity,
      ...at(note.sheet, note.cells[0]),
      message: {
        key: note.count === 1 ? 'workbook.formulaWithoutResult.one' : 'workbook.formulaWithoutResult.other',
        params: { count: note.count, sheet: note.sheet, cells: note.cells.join(', ') + (note.count > note.cells.length ? ' …' : '') },
      },
    };
  }
  if (note.kind === 'sheet-unreadable') {
    // Never a silent "ready": a sheet the workbook lists but that could not be read is an error naming it.
    return {
      code: 'sheet-unreadable',
      severity: 'error',
      sheet: note.sheet,
      message: { key: 'workbook.sheetUnreadable', params: { sheet: note.sheet, reason: { message: note.reason } } },
    };
  }
  return {
    code: 'sheet-too-large',
    severity: 'error',
    ...at(note.sheet, note.range.split(':')[0]),
    message: { key: 'workbook.sheetTooLarge', params: { sheet: note.sheet, range: note.range, cells: note.cellCount, limit: note.limit } },
  };
}
