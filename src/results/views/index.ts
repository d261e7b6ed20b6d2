/**
 * The task pane's views: plain data and callbacks in, no Excel or Office calls, so /check.html can show
 * a workbook read in the browser with the same components. Wrap them in <LocaleProvider> (and Fluent's
 * <FluentProvider>).
 */
export { keepNumbersTogether, LocaleProvider, useLocale, useTexts, type Texts } from './i18n';
export { CheckActions, ResultActions, type CheckActionsProps, type ResultActionsProps } from './CheckActions';
export { ProgressView, type Phase } from './ProgressView';
export { VerdictHeader, type VerdictHeaderProps } from './VerdictHeader';
export { ProblemList, type ProblemListProps } from './ProblemList';
export { NoTableMessage, type NoTableProps } from './NoTableMessage';
export { InfoBar, NoticeBar, type Notice } from './NoticeBar';
export { StatusArea } from './StatusArea';
export { IndicatorsView, type IndicatorsViewProps, type StatusColumnControls } from './IndicatorsView';
export { StatusBars, type StatusCounts } from './StatusBars';
export { CalculationsView, type CalculationsViewProps } from './CalculationsView';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { ResultView, type ResultViewProps, type ResultTab } from './ResultView';
export { nextPaint } from './nextPaint';
