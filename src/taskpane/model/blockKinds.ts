/**
 * The kinds of block the pane writes next to a table, each described once: where the workbook remembers it,
 * the hidden name that finds it when that record is lost, the marker of its colouring rules, how its cells are
 * recognised without the record, and what the pane says when it is added, removed or already there. The adapter,
 * the records and the pane's commands read this table; a new kind is a new entry here and the module that builds
 * its block (./blocks.ts, ./ownColumnsBlock.ts).
 */
import { OWN_MARKER, STATUS_MARKER } from './markers';

export interface BlockKindDescription {
  /** The workbook setting holding the block's record (./../excel/records.ts). */
  settingsKey: string;
  /** The hidden defined name over the block's cells (./../excel/blockAnchors.ts). */
  anchorName: string;
  /** The marker of the block's colouring rules, found again on removal wherever Excel moved them. */
  ruleMarker?: string;
  /** Without its record, the block's top row is recognised as ours when it holds a heading (a text, not a formula). */
  headingRow: boolean;
  /** Without its record, a sum of the cells of its own column is recognised as ours (the calculations' totals row). */
  sumsOwnColumn: boolean;
  /** What the pane says of the block. */
  messages: {
    added: 'pane.status.added' | 'pane.calc.added' | 'pane.own.added';
    removed: 'pane.status.removed' | 'pane.calc.removed' | 'pane.own.removed';
    already: 'pane.status.already' | 'pane.calc.already' | 'pane.own.already';
  };
}

/** The kinds, by the name the pane and the adapter use. */
export type BlockKind = 'status-column' | 'calculations' | 'own-columns';

export const BLOCK_KINDS: Readonly<Record<BlockKind, BlockKindDescription>> = {
  /** The status column Målkoll adds beside an indicator table. */
  'status-column': {
    settingsKey: 'malkoll.statusColumn',
    anchorName: 'Malkoll_statuskolumn',
    ruleMarker: STATUS_MARKER,
    headingRow: true,
    sumsOwnColumn: false,
    messages: { added: 'pane.status.added', removed: 'pane.status.removed', already: 'pane.status.already' },
  },
  /** The calculation columns beside a volume table: fulfilment, additional volumes and their reimbursement. */
  calculations: {
    settingsKey: 'malkoll.calculations',
    anchorName: 'Malkoll_berakningar',
    headingRow: true,
    sumsOwnColumn: true,
    messages: { added: 'pane.calc.added', removed: 'pane.calc.removed', already: 'pane.calc.already' },
  },
  /** A table's own status and development columns, filled by Målkoll. */
  'own-columns': {
    settingsKey: 'malkoll.ownColumns',
    anchorName: 'Malkoll_egna_kolumner',
    ruleMarker: OWN_MARKER,
    headingRow: false,
    sumsOwnColumn: false,
    messages: { added: 'pane.own.added', removed: 'pane.own.removed', already: 'pane.own.already' },
  },
};

/** Every kind, in the order the pane offers them. */
export const BLOCK_KIND_NAMES = Object.keys(BLOCK_KINDS) as BlockKind[];

/** One value per kind of block, e.g. each kind's record. */
export type PerBlockKind<T> = Record<BlockKind, T>;

/**
 * A value for every kind, made by `make`.
 *
 * @example
 * perBlockKind(() => null) // → { 'status-column': null, calculations: null, 'own-columns': null }
 */
export function perBlockKind<T>(make: (kind: BlockKind) => T): PerBlockKind<T> {
  // eslint-disable-next-line no-restricted-syntax -- keyed by the block kinds, a closed set
  return Object.fromEntries(BLOCK_KIND_NAMES.map((kind) => [kind, make(kind)])) as PerBlockKind<T>;
}
