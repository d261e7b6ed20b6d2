import { Button, Caption1, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { Hospital, HospitalCode } from '../../core/prices';
import type { MappingRow } from '../model/calculationMapping';
import { monthKey } from '../../i18n/months';
import { useTexts } from './i18n';
import { InfoBar } from './NoticeBar';
import { panel } from './styles';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Each picker as wide as the pane allows and no wider: a long hospital name is cut, never pushed sideways.
  pickers: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  select: { minWidth: 0, maxWidth: '100%' },
  panel,
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
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
        <InfoBar intent="info" testId="calc-unavailable" text={text(props.availability === 'no-table' ? 'pane.calc.noTable' : 'pane.calc.noOutcome')} />
        {removeButton}
      </div>
    );
  }
  return (
    <div className={styles.stack} data-testid="calculations">
      <Text>{text('pane.calc.intro')}</Text>
      <div className={styles.pickers}>
        <Field label={text('pane.calc.hospital')}>
          <Select className={styles.select} value={props.hospital} onChange={(_, d) => props.onHospital(d.value as HospitalCode)} data-testid="hospital">
            {props.hospitals.map((h) => (
              <option key={h.code} value={h.code}>
                {h.code} – {h.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text('pane.calc.month')}>
          <Select className={styles.select} value={String(props.month)} onChange={(_, d) => props.onMonth(Number(d.value))} data-testid="month">
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {text(monthKey(m))}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.panel}>
        <Text weight="semibold" id="calc-mapping">
          {text('pane.calc.mapping')}
        </Text>
        <table className={styles.table} aria-labelledby="calc-mapping" data-testid="mapping">
          <thead>
            <tr>
              <th className={styles.cell}>{text('pane.calc.group')}</th>
              <th className={styles.cell}>{text('pane.calc.priceKind')}</th>
            </tr>
          </thead>
          <tbody>
            {props.mapping.map((m) => (
              <tr key={m.group}>
                <td className={styles.cell}>{m.group}</td>
                <td className={styles.cell}>
                  {m.kind === null || m.price === null ? text('pane.calc.kind.none') : text(`pane.calc.kind.${m.kind}`, { price: m.price })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Caption1>{text('pane.calc.mappingNote')}</Caption1>
      </div>
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
