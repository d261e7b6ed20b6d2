/** Numbers stored as text written back as numbers, once the controller confirmed the list. */
import type { Message } from '../../core';
import { pluralKey } from '../../i18n/plural';
import type { ValueChange } from '../excel';
import { settle, told, type Adapter, type CommandResult } from './command';

/**
 * @example
 * await convertNumbers(adapter, changes) // → { notice: … 'pane.convert.done.other' …, recheck: true }
 */
export async function convertNumbers(excel: Adapter, changes: ValueChange[]): Promise<CommandResult> {
  return settle(await excel.replaceValues(changes), (done) => {
    const messages: Message[] = [{ key: pluralKey('pane.convert.done', done.changed), params: { count: done.changed } }];
    if (done.skipped > 0) messages.push({ key: pluralKey('pane.convert.skipped', done.skipped), params: { count: done.skipped } });
    // The findings changed with the values: check again, as the controller would.
    return { ...told('success', messages), recheck: true };
  });
}
