import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Message } from '../../core';
import type { TableKindName } from '../../core/tables';
import { SUBMISSION_KINDS, workbookVerdict, type ChecklistState, type CheckSummary } from '../../core/workbook';
import { pluralKey } from '../../i18n/plural';
import { headline, type HeadlineTone } from '../model/verdictMessage';
import { useTexts } from './i18n';
import { panel } from './styles';

const useStyles = makeStyles({
  panel,
  verdict: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  glyph: {
    flexShrink: 0,
    width: '24px',
    height: '24px',
    borderRadius: tokens.borderRadiusCircular,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  ready: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  clean: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  errors: { backgroundColor: tokens.colorPaletteRedBackground3 },
  pending: { backgroundColor: tokens.colorBrandBackground },
  readyText: { color: tokens.colorPaletteGreenForeground1 },
  errorsText: { color: tokens.colorPaletteRedForeground1 },
  kinds: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  kind: { ':not(:last-child)::after': { content: '"·"', marginLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 } },
});

const GLYPH: Record<HeadlineTone, string> = { ready: '✓', clean: '✓', errors: '!', pending: 'i' };

export interface VerdictHeaderProps {
  /** What the workbook has had checked so far (the pane keeps it across checks; the check page makes it from its one check). */
  checklist: ChecklistState;
  /** This check's counts; none when the last check found no table. */
  summary?: CheckSummary;
  /** "Kontrollerade 'Volymer 2025'!A1:D61 kl. 14:05" parts. */
  checked?: { address: string; time: string };
  notes?: Message[];
}

/**
 * The pane's one compact verdict: the headline (what to fix, ready, or the checked table's own verdict
 * with the next step under it), one line on each kind of table a submission holds (and on production
 * tables, once one is checked), and what else this
 * check counted. The glyph is decoration: the headline's words say the same.
 */
export function VerdictHeader({ checklist, summary, checked, notes = [] }: VerdictHeaderProps) {
  const { text, message } = useTexts();
  const styles = useStyles();
  const verdict = workbookVerdict(checklist);
  if (verdict.kind === 'nothing' && !summary) return null;
  const head = headline(
    verdict,
    checklist.tables.map((t) => t.kind),
  );
  // Production tables are no part of a submission: listed once checked, never as missing.
  const kinds: TableKindName[] = checklist.tables.some((t) => t.kind === 'production') ? [...SUBMISSION_KINDS, 'production'] : [...SUBMISSION_KINDS];
  const counts = [
    summary && summary.missed > 0 ? text(pluralKey('pane.checklist.missed', summary.missed), { count: summary.missed }) : '',
    summary && summary.warnings > 0 ? text(pluralKey('pane.summary.warnings', summary.warnings), { count: summary.warnings }) : '',
  ].filter(Boolean);
  return (
    <section className={styles.panel} data-testid="summary" aria-label={text('pane.checklist.title')}>
      <div className={styles.verdict} role="status">
        <span className={mergeClasses(styles.glyph, styles[head.tone])} aria-hidden="true">
          {GLYPH[head.tone]}
        </span>
        <Text
          size={400}
          weight="semibold"
          className={head.tone === 'errors' ? styles.errorsText : head.tone === 'ready' ? styles.readyText : undefined}
          data-testid="verdict"
          data-verdict={verdict.kind}
        >
          {message(head.message)}
        </Text>
      </div>
      {head.advice ? (
        <Text data-testid="verdict-advice">{message(head.advice)}</Text>
      ) : (
        <ul className={styles.kinds} data-testid="checklist">
          {kinds.map((kind) => {
            const tables = checklist.tables.filter((t) => t.kind === kind);
            const errors = tables.reduce((n, t) => n + t.errors, 0);
            const status =
              tables.length === 0
                ? text(kind !== 'production' && checklist.absent.includes(kind) ? 'pane.header.notFound' : 'pane.header.notChecked')
                : errors > 0
                  ? text(pluralKey('pane.header.errors', errors), { count: errors })
                  : text('pane.header.ok');
            return (
              <li key={kind} className={styles.kind} data-testid={`checklist-${kind}`}>
                <Text>{text('pane.header.kind', { table: text(`pane.summary.table.${kind}`), status })}</Text>
              </li>
            );
          })}
        </ul>
      )}
      {counts.length > 0 && <Text data-testid="counts">{counts.join(' · ')}</Text>}
      {checked && <Caption1>{text('pane.summary.checked', checked)}</Caption1>}
      {notes.map((n, i) => (
        <Caption1 key={i}>{message(n)}</Caption1>
      ))}
    </section>
  );
}
