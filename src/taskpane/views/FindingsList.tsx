import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Severity } from '../../core';
import { bySeverity, type FindingItem } from '../model/findingItems';
import { qualifiedAddress } from '../model/rangeAddress';
import { useTexts } from './i18n';
import { visuallyHidden } from './visuallyHidden';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  cell: { flexShrink: 0, fontFamily: tokens.fontFamilyMonospace },
  visuallyHidden,
});

export interface FindingsListProps {
  items: FindingItem[];
  /** Name the sheet with each cell (findings from several sheets). */
  showSheet?: boolean;
  /** Called when a finding is clicked: the task pane selects its cell in Excel. Without it the list is static. */
  onSelect?: (item: FindingItem) => void;
}

function FindingRow({ item, showSheet, onSelect }: { item: FindingItem; showSheet: boolean; onSelect?: (i: FindingItem) => void }) {
  const { text, message } = useTexts();
  const styles = useStyles();
  const f = item.finding;
  const cell = showSheet ? qualifiedAddress(item.sheet, f.cell) : f.cell;
  const where = [f.rowLabel, f.columnHeader].filter(Boolean).join(' · ');
  const body = (
    <>
      <Badge appearance="tint" color={f.severity === 'error' ? 'danger' : 'warning'} className={styles.cell}>
        {cell}
      </Badge>
      <span className={styles.text}>
        <Text>{message(f.message)}</Text>
        {where && <Caption1>{where}</Caption1>}
      </span>
    </>
  );
  return (
    <li data-testid="finding" data-cell={f.cell} data-code={f.code}>
      {onSelect ? (
        // No aria-label: the button's name is its visible text (message, row and column), after a hidden
        // "Visa cell C31 i Excel:".
        <Button appearance="subtle" className={styles.item} onClick={() => onSelect(item)}>
          <span className={styles.visuallyHidden}>{`${text('pane.finding.show', { cell })}: `}</span>
          {body}
        </Button>
      ) : (
        <div className={styles.item} style={{ display: 'flex' }}>
          {body}
        </div>
      )}
    </li>
  );
}

/** The findings, errors first, then warnings; each names its cell and says what is wrong with the numbers. */
export function FindingsList({ items, showSheet = false, onSelect }: FindingsListProps) {
  const { text } = useTexts();
  const styles = useStyles();
  if (items.length === 0) return <Text data-testid="no-findings">{text('pane.findings.none')}</Text>;
  const groups: { severity: Severity; items: FindingItem[] }[] = (['error', 'warning'] as const)
    .map((severity) => ({ severity, items: bySeverity(items, severity) }))
    .filter((g) => g.items.length > 0);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.severity)}>
      {groups.map((g) => (
        <AccordionItem key={g.severity} value={g.severity} data-testid={`findings-${g.severity}`}>
          <AccordionHeader>
            {text(g.severity === 'error' ? 'pane.findings.errors' : 'pane.findings.warnings', { count: g.items.length })}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {g.items.map((item) => (
                <FindingRow key={item.id} item={item} showSheet={showSheet} onSelect={onSelect} />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
