import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Message } from '../../core';
import { useTexts } from './i18n';

export interface NoTableProps {
  /** Where Målkoll looked: sheet-qualified addresses. */
  lookedIn: string[];
  /** What it looked for (the core's no-table messages). */
  messages: Message[];
}

/** No table in what was read: says where Målkoll looked and what it looked for, never "no errors". */
export function NoTableMessage({ lookedIn, messages }: NoTableProps) {
  const { text, message } = useTexts();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="no-table">
      <MessageBarBody>
        <MessageBarTitle>{text('pane.noTable.title')}</MessageBarTitle>
        {lookedIn.length > 0 && <p>{text('pane.noTable.lookedIn', { address: lookedIn.join(', ') })}</p>}
        {messages.map((m, i) => (
          <p key={i}>{message(m)}</p>
        ))}
        <p>{text('pane.noTable.hint')}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
