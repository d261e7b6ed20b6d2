import { Caption1, ProgressBar } from '@fluentui/react-components';
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
  const label = text(KEYS[phase]);
  // The bar is named by what is going on; the words under it are announced as a status.
  return (
    <div>
      <ProgressBar thickness="large" aria-label={label} />
      <Caption1 role="status">{label}</Caption1>
    </div>
  );
}
