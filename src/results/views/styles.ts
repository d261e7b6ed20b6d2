/** Styles the views share: a quiet panel (in place of Fluent's Card, whose focus machinery the pane does not need) and the cell chip. */
import { tokens } from '@fluentui/react-components';

export const panel = {
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalXS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
  minWidth: 0,
} as const;

/** A cell address in a chip of one width, so that a list of them lines up. */
export const chip = {
  flexShrink: 0,
  boxSizing: 'border-box',
  minWidth: '7ch',
  padding: `0 ${tokens.spacingHorizontalXS}`,
  borderRadius: tokens.borderRadiusMedium,
  fontFamily: tokens.fontFamilyMonospace,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase300,
  textAlign: 'center',
} as const;

export const chipError = { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 } as const;
export const chipWarning = { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorPaletteDarkOrangeForeground1 } as const;
