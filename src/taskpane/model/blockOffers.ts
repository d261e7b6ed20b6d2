/**
 * What each kind of block would write for the current result, built by the kind's own module (./blocks.ts,
 * ./ownColumnsBlock.ts) from the tables the check found; or why there is none. One entry a kind, beside its
 * description (./blockKinds.ts): the pane asks for a block by its kind and never branches on it.
 */
import type { Locale, Message } from '../../core';
import type { CheckView } from '../../results/model/checkView';
import type { BlockKind } from './blockKinds';
import { calculationsBlock, statusColumnBlock, type SheetBlock } from './blocks';
import { ownColumnsBlock, type OwnColumnsOffer } from './ownColumnsBlock';

/** What the offer of a block is made from. */
export interface OfferInput {
  result: CheckView;
  /** The hospital and month the calculation columns use. */
  hospital: string;
  month: number;
  /** The workbook's tolerance for partly met, when it has one. */
  tolerance?: number;
  locale: Locale;
}

/** A block ready to be shown for confirmation, with what its confirmation says of it (the own columns' plan). */
export type BlockOffer = { block: SheetBlock; offer?: OwnColumnsOffer } | { refused: Message };

/**
 * The table's own status and development columns: on the first sheet whose indicator tables have one, every
 * such table of that sheet.
 */
export function ownColumnsOffer({ result, tolerance, locale }: Pick<OfferInput, 'result' | 'tolerance' | 'locale'>): OwnColumnsOffer | null {
  const views = result.indicatorTables;
  const first = views.find((v) => v.table.columns.status !== undefined || v.table.columns.development !== undefined);
  if (!first) return null;
  const tables = views.filter((v) => v.sheet === first.sheet).map((v) => v.table);
  return ownColumnsBlock(first.sheet, tables, tolerance !== undefined ? { tolerance } : {}, locale);
}

const OFFERS: Record<BlockKind, (input: OfferInput) => BlockOffer> = {
  'status-column': ({ result }) => {
    const view = result.indicatorTables[0];
    const block = view && statusColumnBlock(view.sheet, view.table);
    return block ? { block } : { refused: { key: 'pane.indicators.none' } };
  },
  calculations: ({ result, hospital, month, locale }) => {
    const view = result.volumeTables.find((v) => v.table.columns.outcome !== undefined);
    const block = view && calculationsBlock(view.sheet, view.table, { hospital, month }, locale);
    return block ? { block } : { refused: { key: 'pane.calc.unavailable' } };
  },
  'own-columns': (input) => {
    const offer = ownColumnsOffer(input);
    return offer ? { block: offer.block, offer } : { refused: { key: 'pane.indicators.none' } };
  },
};

/**
 * @example
 * offerBlock('calculations', { result, hospital: 'SV', month: 8, locale: 'sv' }) // → { block: { address: 'F1:H61', … } }
 * offerBlock('status-column', { result: noIndicators, … }) // → { refused: { key: 'pane.indicators.none' } }
 */
export function offerBlock(kind: BlockKind, input: OfferInput): BlockOffer {
  return OFFERS[kind](input);
}
