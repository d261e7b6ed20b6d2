import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Message } from '../../core';
import { useTexts } from './i18n';

export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  messages: Message[];
}

/** The outcome of an action (marked, report created, Excel refused…), in the reader's language. */
export function NoticeBar({ notice }: { notice: Notice }) {
  const { message } = useTexts();
  return (
    <MessageBar intent={notice.intent} data-testid="notice">
      <MessageBarBody>{notice.messages.map((m) => message(m)).join(' ')}</MessageBarBody>
    </MessageBar>
  );
}
