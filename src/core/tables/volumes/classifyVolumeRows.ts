/**
 * Gives every row of a detected volume table its role: header, section, group, data, total or blank, and
 * the section and group a row sits under.
 *
 * A row with a label and no figures is a heading. The vocabulary decides first (Psykiatri, Somatik are
 * sections; Förstabesök, Utredning, Behandling, Operation/åtgärd, Undersökning are groups, with typos
 * such as "Förstabetesök" allowed). A heading the vocabulary does not know is a section when the next
 * non-blank row is also a heading (a section followed by its first group), otherwise a group.
 * A section starts over the group; the first half of a split header ("Operation/åtgärd | SV") starts a
 * new group (or section) with its label.
 */
import type { Grid } from '../../types';
import type { VolumeRow, VolumeRowKind } from './types';
import type { VolumeTableLayout } from './detectVolumeTable';
import { volumeRowShape, type VolumeRowShape } from './volumeRowShape';
import { knownHeading } from './volumeVocabulary';

export interface ClassifiedRows {
  /** The table's rows with kind, label, section and group; the figures are left for the checks to fill in. */
  rows: VolumeRow[];
  /** The shape of each row, at the same index. */
  shapes: VolumeRowShape[];
}

/**
 * The rows of `layout`, top to bottom, each with its kind, section and group.
 *
 * @example
 * classifyVolumeRows(grid, layout).rows.map((r) => r.kind)
 * // seed 000: ['header', 'section', 'group', 'data', 'data', 'group', …, 'header', 'header', 'data', …, 'total']
 */
export function classifyVolumeRows(grid: Grid, layout: VolumeTableLayout): ClassifiedRows {
  const { columns } = layout;
  const count = layout.bottom - layout.top + 1;
  const headerRows = new Set(layout.headerRows);
  const shapes: VolumeRowShape[] = new Array(count);
  for (let i = 0; i < count; i++) shapes[i] = layout.shapes?.[i] ?? volumeRowShape(grid, layout.top + i - grid.top, columns);

  // Index of the next non-blank row below each row (count when none), filled from the bottom up.
  const nextNonBlank: number[] = new Array(count);
  let next = count;
  for (let i = count - 1; i >= 0; i--) {
    nextNonBlank[i] = next;
    if (!shapes[i].blank) next = i;
  }

  const rows: VolumeRow[] = new Array(count);
  let section: string | undefined;
  let group: string | undefined;
  for (let i = 0; i < count; i++) {
    const row = layout.top + i;
    const shape = shapes[i];
    const label = shape.label;
    let kind: VolumeRowKind;
    if (headerRows.has(row)) {
      kind = 'header';
    } else if (shape.blank) {
      kind = 'blank';
    } else if (shape.textOnly && headerRows.has(row + 1)) {
      kind = 'header';
      const heading = knownHeading(label);
      // Above the first header only a known heading counts; a title there is not a group.
      if (heading === 'section') {
        section = label;
        group = undefined;
      } else if (label !== '' && (heading === 'group' || row > layout.headerRow)) {
        group = label;
      }
    } else if (shape.totals) {
      kind = 'total';
    } else if (shape.labelOnly) {
      let heading = knownHeading(label);
      if (!heading) {
        const n = nextNonBlank[i];
        const following = n < count ? shapes[n] : undefined;
        const followedByHeading = following !== undefined && following.labelOnly && !following.totals;
        heading = followedByHeading ? 'section' : 'group';
      }
      kind = heading;
      if (heading === 'section') {
        section = label;
        group = undefined;
      } else {
        group = label;
      }
    } else {
      kind = 'data';
    }
    const classified: VolumeRow = { kind, row, label };
    if (kind === 'section') {
      classified.section = label;
    } else {
      if (section !== undefined) classified.section = section;
      if (group !== undefined) classified.group = group;
    }
    rows[i] = classified;
  }
  return { rows, shapes };
}
