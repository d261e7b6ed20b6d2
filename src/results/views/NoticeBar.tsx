import { MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import type { Message } from '../../core';
import { useTexts } from './i18n';

export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  messages: Message[];
}

/**
 * A message bar labelled by its own text. Fluent's MessageBar points aria-labelledby at a title it renders
 * only when given one; a bar without a title would be labelled by nothing.
 */
export function InfoBar({ intent, text, testId }: { intent: Notice['intent']; text: string; testId?: string }) {
  const id = useId('bar');
  return (
    <MessageBar intent={intent} data-testid={testId} aria-labelledby={id}>
      <MessageBarBody id={id}>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** The outcome of an action (marked, report created, Excel refused…), in the reader's language. */
export function NoticeBar({ notice }: { notice: Notice }) {
  const { message } = useTexts();
  return <InfoBar intent={notice.intent} testId="notice" text={notice.messages.map((m) => message(m)).join(' ')} />;
}
