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
import { volumeRowShape } from './volumeRowShape';
import { knownHeading } from './volumeVocabulary';

// What classifying needs of each row's shape, a byte a row: a million-row table's shapes, kept whole,
// took 300 MB (the figures' readings are read again where they are checked).
const BLANK = 1;
const LABEL_ONLY = 2;
const TOTALS = 4;
const TEXT_ONLY = 8;

/**
 * The rows of `layout`, top to bottom, each with its kind, label, section and group; the figures are left
 * for the checks to fill in. One at a time, so that a caller that keeps no row holds none of them.
 *
 * @example
 * [...classifyVolumeRows(grid, layout)].map((r) => r.kind)
 * // seed 000: ['header', 'section', 'group', 'data', 'data', 'group', …, 'header', 'header', 'data', …, 'total']
 */
export function* classifyVolumeRows(grid: Grid, layout: VolumeTableLayout): Generator<VolumeRow, void, undefined> {
  const { columns } = layout;
  const count = layout.bottom - layout.top + 1;
  const headerRows = new Set(layout.headerRows);
  const shapeAt = (i: number) => volumeRowShape(grid, layout.top + i - grid.top, columns);
  const flags = new Uint8Array(count);
  // Index of the next non-blank row below each row (count when none), filled from the bottom up.
  const nextNonBlank = new Int32Array(count);
  let next = count;
  for (let i = count - 1; i >= 0; i--) {
    const s = shapeAt(i);
    flags[i] = (s.blank ? BLANK : 0) | (s.labelOnly ? LABEL_ONLY : 0) | (s.totals ? TOTALS : 0) | (s.textOnly ? TEXT_ONLY : 0);
    nextNonBlank[i] = next;
    if (!s.blank) next = i;
  }

  let section: string | undefined;
  let group: string | undefined;
  for (let i = 0; i < count; i++) {
    const row = layout.top + i;
    const f = flags[i];
    const label = f & BLANK ? '' : shapeAt(i).label;
    let kind: VolumeRowKind;
    if (headerRows.has(row)) {
      kind = 'header';
    } else if (f & BLANK) {
      kind = 'blank';
    } else if (f & TEXT_ONLY && headerRows.has(row + 1)) {
      kind = 'header';
      const heading = knownHeading(label);
      // Above the first header only a known heading counts; a title there is not a group.
      if (heading === 'section') {
        section = label;
        group = undefined;
      } else if (label !== '' && (heading === 'group' || row > layout.headerRow)) {
        group = label;
      }
    } else if (f & TOTALS) {
      kind = 'total';
    } else if (f & LABEL_ONLY) {
      let heading = knownHeading(label);
      if (!heading) {
        const n = nextNonBlank[i];
        const followedByHeading = n < count && (flags[n] & LABEL_ONLY) !== 0 && (flags[n] & TOTALS) === 0;
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
    yield classified;
  }
}
