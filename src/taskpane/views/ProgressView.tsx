import { Field, ProgressBar } from '@fluentui/react-components';
import type { MessageKey } from '../../core';
import { useTexts } from './i18n';

export type Phase = 'reading' | 'reading-workbook' | 'checking' | 'writing';

const KEYS: Record<Phase, MessageKey> = {
  reading: 'pane.progress.reading',
  'reading-workbook': 'pane.progress.readingWorkbook',
  checking: 'pane.progress.checking',
  writing: 'pane.progress.writing',
};

/** What the pane is doing while Excel reads or the core checks: a large table takes a moment. */
export function ProgressView({ phase }: { phase: Phase }) {
  const { text } = useTexts();
  return (
    <Field validationMessage={text(KEYS[phase])} validationState="none" role="status" aria-live="polite">
      <ProgressBar thickness="large" />
    </Field>
  );
}
