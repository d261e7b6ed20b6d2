/**
 * Checks one figure cell of a volume table and says what it counts as. One finding at most per cell:
 * a cell that is wrong in itself is not used by the checks that need its value (the row's sum, the totals).
 */
import { wholeValue } from '../../numbers/isWholeNumber';
import { volumeFigureProblem } from '../../volumes/volumeFigures';
import { quoteReading } from '../../numbers/toNumber';
import type { CellReading } from '../../numbers/readCell';
import type { CellValue, Finding, FindingCode, Message, Severity } from '../../types';
import { finding } from '../shared/finding';

export interface FigureCell {
  reading: CellReading;
  raw: CellValue;
  row: number;
  column: number;
  columnHeader: string;
  rowLabel: string;
  /** Blank is an error on a data row and a totals row; an outcome column may leave a cell empty (not yet reported). */
  blankAllowed: boolean;
  /** The cell is on a totals row: a blank there means the total could not be verified, and the message says so. */
  onTotalsRow?: boolean;
}

export interface FigureCheck {
  /** The figure as read (text numbers read, placeholders as 0); null when nothing could be read. */
  value: number | null;
  /** False when the cell has an error of its own (or is blank where a figure is needed): sums leave it out. */
  usable: boolean;
  finding?: Finding;
}

function cellFinding(cell: FigureCell, code: FindingCode, severity: Severity, message: Message, expected?: number): Finding {
  return finding(code, severity, cell.row, cell.column, message, {
    columnHeader: cell.columnHeader,
    rowLabel: cell.rowLabel,
    actual: cell.raw,
    expected,
  });
}

/**
 * The cell's figure and its finding, if any.
 *
 * @example
 * checkFigureCell({ reading: readCell('8 100'), raw: '8 100', row: 7, column: 2, columnHeader: 'uppdrag',
 *   rowLabel: 'Allmän kirurgi', blankAllowed: false })
 * // → { value: 8100, usable: true, finding: { code: 'text-number', severity: 'warning', cell: 'B7', … } }
 */
export function checkFigureCell(cell: FigureCell): FigureCheck {
  const { reading, raw, columnHeader: column, rowLabel } = cell;
  switch (reading.kind) {
    case 'number':
      break;
    case 'blank':
      if (cell.blankAllowed) return { value: null, usable: true };
      return {
        value: null,
        usable: false,
        finding: cellFinding(
          { ...cell, raw: null },
          'blank',
          'error',
          cell.onTotalsRow
            ? { key: 'table.blankTotal', params: { column, label: rowLabel } }
            : rowLabel
              ? { key: 'table.blank', params: { column, label: rowLabel } }
              : { key: 'table.blankNoLabel', params: { column } },
        ),
      };
    case 'error':
      return {
        value: null,
        usable: false,
        finding: cellFinding(cell, 'formula-error', 'error', { key: 'table.formulaError', params: { column, code: reading.code } }),
      };
    case 'placeholder':
      return {
        value: 0,
        usable: true,
        finding: cellFinding(cell, 'placeholder', 'warning', { key: 'table.placeholder', params: { column, text: reading.text } }, 0),
      };
    case 'text':
    case 'boolean': {
      // SANT / FALSKT in Swedish, as Excel shows them.
      const text = quoteReading(reading);
      return {
        value: null,
        usable: false,
        finding: cellFinding(cell, 'not-a-number', 'error', { key: 'table.notANumber', params: { column, text } }),
      };
    }
  }
  const { fromText, percent } = reading;
  // Excel's floating-point noise (=1,1*3*1000 is 3300.0000000000005) is no decimal: the figure is the whole number meant.
  const value = wholeValue(reading.value);
  if (percent) {
    const text = typeof raw === 'string' ? raw.trim() : String(raw);
    return {
      value: null,
      usable: false,
      finding: cellFinding(cell, 'not-a-number', 'error', { key: 'table.percentNotVolume', params: { column, text } }),
    };
  }
  const problem = volumeFigureProblem(value);
  if (problem === 'negative') {
    return { value, usable: false, finding: cellFinding(cell, 'negative', 'error', { key: 'table.negative', params: { column, value } }) };
  }
  if (problem === 'not-whole') {
    return {
      value,
      usable: false,
      finding: cellFinding(cell, 'not-integer', 'error', { key: 'table.notInteger', params: { column, value } }, Math.round(value)),
    };
  }
  if (fromText) {
    const text = typeof raw === 'string' ? raw.trim() : String(raw);
    return {
      value,
      usable: true,
      finding: cellFinding(cell, 'text-number', 'warning', { key: 'table.textNumber', params: { column, text, value } }, value),
    };
  }
  return { value, usable: true };
}
