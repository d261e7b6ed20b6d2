/**
 * The result's tabs: a WAI-ARIA tablist (roving focus, arrow keys, Home/End, selection follows focus).
 * Fluent's TabList does the same with animation and overflow machinery that cost the pane ~8 KB gzip; three
 * fixed tabs need none of it.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'nowrap', columnGap: tokens.spacingHorizontalXS, minWidth: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    position: 'relative',
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: '-1px',
      height: '3px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

export interface TabsProps<T extends string> {
  tabs: TabItem<T>[];
  selected: T;
  onSelect: (value: T) => void;
  /** Ids are `tab-<value>`; the panel of the selected tab is `panel-<value>`. */
  label: string;
}

export function Tabs<T extends string>({ tabs, selected, onSelect, label }: TabsProps<T>) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    refs.current[to]?.focus();
    onSelect(tabs[to].value);
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((t, i) => {
        const on = t.value === selected;
        return (
          <button
            key={t.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.value}`}
            data-testid={`tab-${t.value}`}
            aria-selected={on}
            aria-controls={on ? `panel-${t.value}` : undefined}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(styles.tab, on && styles.selected)}
            onClick={() => onSelect(t.value)}
            onKeyDown={(e) => move(e, i)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
