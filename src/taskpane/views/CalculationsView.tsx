import {
  Button,
  Caption1,
  Card,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Hospital, HospitalCode } from '../../core/prices';
import type { MappingRow } from '../model/calculationMapping';
import { monthKey } from '../../i18n/months';
import { useTexts } from './i18n';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  pickers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CalculationsViewProps {
  /** no-table: no volume table checked yet; no-outcome: the table has no outcome column. */
  availability: 'no-table' | 'no-outcome' | 'ready';
  hospitals: readonly Hospital[];
  hospital: HospitalCode;
  month: number;
  onHospital: (code: HospitalCode) => void;
  onMonth: (month: number) => void;
  mapping: MappingRow[];
  /** Whether Målkoll's calculation columns are in the workbook now. */
  present: boolean;
  enabled: boolean;
  onAdd: () => void;
  onRemove: () => void;
}

/** "Lägg till beräkningar": pick hospital and month, see how each group will be priced, then write formulas. */
export function CalculationsView(props: CalculationsViewProps) {
  const { text } = useTexts();
  const styles = useStyles();
  const removeButton = props.present && (
    <Button disabledFocusable={!props.enabled} onClick={props.onRemove} data-testid="remove-calculations">
      {text('pane.calc.remove')}
    </Button>
  );
  if (props.availability !== 'ready') {
    return (
      <div className={styles.stack}>
        <MessageBar intent="info" data-testid="calc-unavailable">
          <MessageBarBody>{text(props.availability === 'no-table' ? 'pane.calc.noTable' : 'pane.calc.noOutcome')}</MessageBarBody>
        </MessageBar>
        {removeButton}
      </div>
    );
  }
  return (
    <div className={styles.stack} data-testid="calculations">
      <Text>{text('pane.calc.intro')}</Text>
      <div className={styles.pickers}>
        <Field label={text('pane.calc.hospital')}>
          <Select value={props.hospital} onChange={(_, d) => props.onHospital(d.value as HospitalCode)} data-testid="hospital">
            {props.hospitals.map((h) => (
              <option key={h.code} value={h.code}>
                {h.code} – {h.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text('pane.calc.month')}>
          <Select value={String(props.month)} onChange={(_, d) => props.onMonth(Number(d.value))} data-testid="month">
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {text(monthKey(m))}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Card>
        <Text weight="semibold">{text('pane.calc.mapping')}</Text>
        <Table size="small" aria-label={text('pane.calc.mapping')} data-testid="mapping">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text('pane.calc.group')}</TableHeaderCell>
              <TableHeaderCell>{text('pane.calc.priceKind')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.mapping.map((m) => (
              <TableRow key={m.group}>
                <TableCell>{m.group}</TableCell>
                <TableCell>
                  {m.kind === null || m.price === null
                    ? text('pane.calc.kind.none')
                    : text(`pane.calc.kind.${m.kind}`, { price: m.price })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Caption1>{text('pane.calc.mappingNote')}</Caption1>
      </Card>
      <div className={styles.actions}>
        {props.present ? (
          removeButton
        ) : (
          <Button appearance="primary" disabledFocusable={!props.enabled} onClick={props.onAdd} data-testid="add-calculations">
            {text('pane.calc.add')}
          </Button>
        )}
      </div>
    </div>
  );
}
