import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { pluralKey } from '../../i18n/plural';
import type { FindingItem } from '../model/findingItems';
import { firstProblems, type ProblemGroup, type ProblemItem } from '../model/problemList';
import { useTexts } from './i18n';
import { chip, chipError, chipWarning } from './styles';
import { visuallyHidden } from './visuallyHidden';

export type HeadingLevel = 2 | 3 | 4;

/** Problems shown at first in each table, and added by each "show more": a long list never renders whole. */
export const PAGE = 25;

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  section: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    width: '100%',
    minWidth: 0,
    display: 'flex',
    justifyContent: 'flex-start',
    textAlign: 'start',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  chip: { ...chip, marginTop: '2px' },
  error: chipError,
  warning: chipWarning,
  more: { alignSelf: 'flex-start' },
  visuallyHidden,
});

/** Where in the table: the row's label and the column, except for an indicator, whose message names it already. */
function whereOf(item: FindingItem): string {
  const f = item.finding;
  return (item.kind === 'indicators' ? [f.columnHeader] : [f.rowLabel, f.columnHeader]).filter(Boolean).join(' · ');
}

function ProblemRow({ item, onSelect }: { item: ProblemItem; onSelect?: (i: FindingItem) => void }) {
  const { text, message } = useTexts();
  const styles = useStyles();
  const f = item.cause.finding;
  const where = whereOf(item.cause);
  const body = (
    <>
      <span className={styles.visuallyHidden}>{`${text(`pane.severity.${item.severity}`)}, ${text('pane.finding.show', { cell: f.cell })}: `}</span>
      <span className={mergeClasses(styles.chip, item.severity === 'error' ? styles.error : styles.warning)} aria-hidden="true">
        {f.cell}
      </span>
      <span className={styles.text}>
        <Text>{message(f.message)}</Text>
        {where && <Caption1>{where}</Caption1>}
        {item.also.length > 0 && <Caption1>{text('pane.finding.also', { cells: item.also.map((a) => a.finding.cell).join(', ') })}</Caption1>}
      </span>
    </>
  );
  return (
    <li data-testid="finding" data-cell={f.cell} data-code={f.code} data-severity={item.severity} data-also={item.also.map((a) => a.finding.cell).join(' ')}>
      {onSelect ? (
        // The button's name is its text, after a hidden "Fel, visa cell C31 i Excel:".
        <Button appearance="subtle" className={styles.item} onClick={() => onSelect(item.cause)}>
          {body}
        </Button>
      ) : (
        // Focusable from script only, so that "show more" can move focus to the first row it revealed.
        <div className={styles.item} tabIndex={-1}>
          {body}
        </div>
      )}
    </li>
  );
}

function Group({ group, headingLevel, onSelect }: { group: ProblemGroup; headingLevel: HeadingLevel; onSelect?: (i: FindingItem) => void }) {
  const { text } = useTexts();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE);
  // After "show more", focus goes to the first problem it revealed, where the reader goes on.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const root = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (focusFrom === null) return;
    const row = root.current?.querySelectorAll('[data-testid="finding"]')[focusFrom];
    row?.querySelector<HTMLElement>('button, [tabindex]')?.focus();
  }, [focusFrom]);
  const sections = firstProblems(group, limit);
  const Heading = `h${headingLevel}` as const;
  const table = group.kind ? text(`pane.summary.table.${group.kind}`) : text('pane.findings.sheet', { sheet: group.sheet });
  return (
    <section ref={root} className={styles.group} data-testid="finding-group" data-kind={group.kind ?? ''}>
      <Heading className={styles.heading}>
        {group.kind ? text('pane.findings.group', { table, address: group.address }) : table}
        {' · '}
        {text(pluralKey('pane.findings.count', group.count), { count: group.count })}
      </Heading>
      {sections.map((s, si) => (
        <div key={s.title ?? `#${si}`}>
          {s.title && <p className={styles.section}>{s.title}</p>}
          <ul className={styles.list}>
            {s.items.map((item) => (
              <ProblemRow key={item.id} item={item} onSelect={onSelect} />
            ))}
          </ul>
        </div>
      ))}
      {group.count > limit && (
        <Button
          className={styles.more}
          size="small"
          appearance="secondary"
          data-testid="show-more"
          onClick={() => {
            setFocusFrom(limit);
            setLimit(limit + PAGE * 4);
          }}
        >
          {text('pane.findings.more', { count: Math.min(group.count - limit, PAGE * 4) })}
        </Button>
      )}
    </section>
  );
}

export interface ProblemListProps {
  groups: ProblemGroup[];
  /** h2 in the pane, h3 on the check page (under the workbook's own heading). */
  headingLevel?: HeadingLevel;
  /** Called when a problem is clicked: the task pane selects its cell in Excel. Without it the list is static. */
  onSelect?: (item: FindingItem) => void;
}

/** The problems to fix, by table and section, each naming its cell and saying what is wrong with the numbers. */
export function ProblemList({ groups, headingLevel = 2, onSelect }: ProblemListProps) {
  const { text } = useTexts();
  const styles = useStyles();
  if (groups.length === 0) return <Text data-testid="no-findings">{text('pane.findings.none')}</Text>;
  return (
    <div className={styles.groups}>
      {groups.map((g) => (
        <Group key={g.id} group={g} headingLevel={headingLevel} onSelect={onSelect} />
      ))}
    </div>
  );
}
