import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTexts } from './i18n';

const useStyles = makeStyles({
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  key: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  swatch: { width: '10px', height: '10px', borderRadius: '2px', display: 'inline-block' },
});

const COLOURS = {
  met: tokens.colorPaletteGreenBackground3,
  missed: tokens.colorPaletteRedBackground3,
  // A dark yellow: at least 3:1 against the white pane, as a chart's parts must be (the light yellow was 1.3:1).
  notAssessable: tokens.colorPaletteYellowForeground1,
} as const;

export interface StatusCounts {
  met: number;
  missed: number;
  notAssessable: number;
}

/** A small stacked bar of met / missed / not assessable indicators, with the counts in words beside it. */
export function StatusBars({ counts }: { counts: StatusCounts }) {
  const { text } = useTexts();
  const styles = useStyles();
  const total = counts.met + counts.missed + counts.notAssessable;
  const parts = (['met', 'missed', 'notAssessable'] as const).map((k) => ({ k, n: counts[k] }));
  let x = 0;
  const label = text('pane.indicators.chart', { ...counts, total });
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
            <Text>
              {text(`pane.indicators.${k}`)}: <Text weight="semibold">{n}</Text>
            </Text>
          </span>
        ))}
      </div>
    </div>
  );
}
