/**
 * Writing a block beside a table once the controller confirmed it, and removing it again. What each kind is
 * called, where it is remembered and what the pane says of it come from its description (../model/blockKinds.ts).
 */
import { qualifiedAddress, type Message } from '../../core';
import { pluralKey } from '../../i18n/plural';
import { BLOCK_KINDS, type BlockKind } from '../model/blockKinds';
import type { SheetBlock } from '../model/blocks';
import { settle, told, type Adapter, type CommandResult } from './command';

/**
 * Writes `block` and remembers it among the workbook's records.
 *
 * @example
 * await writeBlock(adapter, 'status-column', block) // → { notice: … 'pane.status.added' …, records }
 */
export async function writeBlock(excel: Adapter, kind: BlockKind, block: SheetBlock): Promise<CommandResult> {
  return settle(await excel.writeBlock(kind, block), (done) => {
    const record = { ...(block.sheetId ? { sheetId: block.sheetId } : {}), sheet: block.sheet, address: block.address, written: block.cells };
    const added: Message = { key: BLOCK_KINDS[kind].messages.added, params: { range: qualifiedAddress(block.sheet, block.address) } };
    // The block was there already and only Målkoll's record of it was lost: say so, it can be removed again.
    const messages: Message[] = done.alreadyThere ? [added, { key: 'pane.block.alreadyThere' }] : [added];
    return {
      ...told('success', messages),
      records: (r) => ({ ...r, blocks: { ...r.blocks, [kind]: record } }),
      ...(kind === 'calculations' ? { monthChosen: true } : {}),
    };
  });
}

/**
 * Removes the block of `kind` Målkoll wrote, saying what was left and why.
 *
 * @example
 * await removeBlock(adapter, 'calculations') // → { notice: … 'pane.calc.removed' …, records }
 */
export async function removeBlock(excel: Adapter, kind: BlockKind): Promise<CommandResult> {
  return settle(await excel.removeBlock(kind), (done) => {
    const records = (r: Parameters<NonNullable<CommandResult['records']>>[0]) => ({ ...r, blocks: { ...r.blocks, [kind]: null } });
    const range = done.address ?? '';
    // Nothing of ours was where Målkoll wrote it: say what is left, never "removed".
    if (done.notFound) return { ...told('warning', [{ key: 'pane.block.notFound', params: { range } }]), records };
    const messages: Message[] = [{ key: done.cleared + done.kept === 0 ? 'pane.block.nothing' : BLOCK_KINDS[kind].messages.removed }];
    if (done.moved) messages.push({ key: 'pane.block.moved', params: { range } });
    if (done.kept > 0) messages.push({ key: pluralKey('pane.block.kept', done.kept), params: { count: done.kept, range } });
    if (done.functionsUnknown) messages.push({ key: 'pane.block.restoredUnknown' });
    return { ...told(done.kept > 0 || done.functionsUnknown ? 'warning' : 'success', messages), records };
  });
}
