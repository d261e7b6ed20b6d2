import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { IndicatorStatusCounts, StatusKey } from '../../core/tables';
import { percentText } from '../model/tolerance';
import { useTexts } from './i18n';

const useStyles = makeStyles({
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  key: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  swatch: { width: '10px', height: '10px', borderRadius: '2px', display: 'inline-block' },
});

/** The four statuses' colours, as the sheet colours them: green, yellow, red, grey (the yellow a dark one, for contrast). */
const COLOURS: Record<StatusKey, string> = {
  met: tokens.colorPaletteGreenBackground3,
  partly: tokens.colorPaletteYellowForeground1,
  missed: tokens.colorPaletteRedBackground3,
  // Dark enough for 3:1 against the white pane, as a chart's parts must be (the light yellow was 1.3:1).
  notAssessable: tokens.colorNeutralForeground4,
};

export type StatusCounts = IndicatorStatusCounts;

export interface StatusBarsProps {
  counts: StatusCounts;
  /** The workbook's tolerance for partly met: its band is named wherever partly appears. */
  tolerance?: number;
  /** The table's own symbols (■ ● ▲ ◆), shown beside the counts as the sheet's legend shows them. */
  symbols?: Record<StatusKey, string>;
}

/**
 * A small stacked bar of met / partly met / missed / not assessable indicators, with the counts in words
 * beside it. Partly met is there when a tolerance is set (or an indicator is partly met), with its band.
 */
export function StatusBars({ counts, tolerance, symbols }: StatusBarsProps) {
  const { text, locale } = useTexts();
  const styles = useStyles();
  const total = counts.met + counts.partly + counts.missed + counts.notAssessable;
  const withPartly = (tolerance !== undefined && tolerance > 0) || counts.partly > 0;
  const keys: StatusKey[] = withPartly ? ['met', 'partly', 'missed', 'notAssessable'] : ['met', 'missed', 'notAssessable'];
  const parts = keys.map((k) => ({ k, n: counts[k] }));
  let x = 0;
  const label = text('pane.indicators.chart', { ...counts, total });
  const name = (k: StatusKey) =>
    k === 'partly' && tolerance ? text('pane.indicators.partlyWithin', { band: percentText(locale, tolerance) }) : text(`pane.indicators.${k}`);
  return (
    <div data-testid="status-bars">
      <svg role="img" aria-label={label} viewBox="0 0 300 20" width="100%" height="20" preserveAspectRatio="none">
        <title>{label}</title>
        <rect x="0" y="0" width="300" height="20" rx="3" fill={tokens.colorNeutralBackground3} />
        {total > 0 &&
          parts.map(({ k, n }) => {
            const w = (n / total) * 300;
            const rect = <rect key={k} x={x} y="0" width={w} height="20" fill={COLOURS[k]} data-status={k} data-count={n} />;
            x += w;
            return rect;
          })}
      </svg>
      <div className={styles.legend}>
        {parts.map(({ k, n }) => (
          <span key={k} className={styles.key} data-testid={`count-${k}`}>
            <span className={styles.swatch} style={{ background: COLOURS[k] }} aria-hidden="true" />
            {symbols && <span data-testid={`symbol-${k}`}>{symbols[k]}</span>}
            <Text>
              {name(k)}: <Text weight="semibold">{n}</Text>
            </Text>
          </span>
        ))}
      </div>
    </div>
  );
}
