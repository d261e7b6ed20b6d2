/**
 * The coarse shape of a row under a volume header, from its label and its figure cells: enough to find
 * where a table ends and what each row is, before any figure is checked.
 */
import type { CellValue, Grid } from '../../types';
import type { VolumeColumns } from './types';
import { cellAt, cellText, stripTags } from '../shared/cellText';
import { readCell, type CellReading } from '../../numbers/readCell';
import { isTotalsLabel } from './volumeVocabulary';

export interface VolumeCells {
  total: CellReading;
  base: CellReading;
  additional: CellReading;
  outcome?: CellReading;
}

export interface VolumeRowShape {
  label: string;
  readings: VolumeCells;
  /** Neither a label nor any figure. */
  blank: boolean;
  /** A label and no figures: a section, a group, a note or prose. */
  labelOnly: boolean;
  /** Figure cells that hold words and nothing that reads as a figure: half of a header split over two rows. */
  textOnly: boolean;
  /** The label names a totals row ("Totalsumma", "Summa"). */
  totals: boolean;
}

/**
 * Reads a cell for the volume checks; tags left by a pasted document (`<b>82 605</b>`) do not count.
 *
 * @example
 * readVolumeCell('<b>82 605</b>') // → { kind: 'number', value: 82605, fromText: true, percent: false }
 */
export function readVolumeCell(v: CellValue): CellReading {
  return readCell(typeof v === 'string' && v.includes('<') ? stripTags(v) : v);
}

/**
 * The shape of grid row `r` (0-based index into `grid.cells`) under `columns`.
 *
 * @example
 * volumeRowShape(grid, 5, columns) // 'BUP | 760 | 516 | 244' → { label: 'BUP', blank: false, labelOnly: false, … }
 */
export function volumeRowShape(grid: Grid, r: number, columns: VolumeColumns): VolumeRowShape {
  const at = (column: number): CellValue => cellAt(grid.cells, r, column - grid.left);
  const label = columns.label > 0 ? cellText(at(columns.label)) : '';
  const readings: VolumeCells = {
    total: readVolumeCell(at(columns.total)),
    base: readVolumeCell(at(columns.base)),
    additional: readVolumeCell(at(columns.additional)),
  };
  if (columns.outcome !== undefined) readings.outcome = readVolumeCell(at(columns.outcome));

  let filled = 0;
  let words = 0;
  const count = (reading: CellReading | undefined): void => {
    if (!reading || reading.kind === 'blank') return;
    filled++;
    if (reading.kind === 'text' || reading.kind === 'boolean') words++;
  };
  count(readings.total);
  count(readings.base);
  count(readings.additional);
  count(readings.outcome);
  return {
    label,
    readings,
    blank: label === '' && filled === 0,
    labelOnly: label !== '' && filled === 0,
    textOnly: filled > 0 && words === filled,
    totals: label !== '' && isTotalsLabel(label),
  };
}
