/**
 * The write waiting for the controller's confirmation, as a reducer: asked for (with the button that asked, to
 * give focus back to), confirmed or cancelled. Only one is ever pending.
 */
import type { ValueChange } from '../excel';
import type { BlockKind } from '../model/blockKinds';
import type { SheetBlock } from '../model/blocks';
import type { OwnColumnsOffer } from '../model/ownColumnsBlock';

/** A block to write (with the own columns' plan, which their confirmation shows), or numbers to convert. */
export type Pending = { kind: BlockKind; block: SheetBlock; offer?: OwnColumnsOffer } | { kind: 'convert'; changes: ValueChange[] } | null;

export interface PendingState {
  pending: Pending;
  /** The element that asked, focused again when the confirmation closes. */
  opener: HTMLElement | null;
}

export type PendingAction = { type: 'ask'; pending: NonNullable<Pending>; opener: HTMLElement | null } | { type: 'close' } | { type: 'focused' };

export const NO_PENDING: PendingState = { pending: null, opener: null };

/**
 * @example
 * pendingWrite(NO_PENDING, { type: 'ask', pending: { kind: 'convert', changes }, opener: button }).pending?.kind // → 'convert'
 */
export function pendingWrite(state: PendingState, action: PendingAction): PendingState {
  switch (action.type) {
    case 'ask':
      return { pending: action.pending, opener: action.opener };
    case 'close':
      return { ...state, pending: null };
    case 'focused':
      return NO_PENDING;
  }
}
