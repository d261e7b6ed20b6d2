/**
 * The core's plan for a table's own status and development columns (planOwnColumns) as a block the adapter
 * writes: the live formulas in the table's own cells, the legend beside the tables in the reader's language
 * (the band of "partly met" named in it), what the filled cells hold now (shown before anything is written)
 * and the colours of the four statuses.
 */
import { columnLetters, type Locale } from '../../core';
import { planOwnColumns, type DevelopmentKey, type IndicatorTable, type OwnColumnsPlan, type StatusKey } from '../../core/tables';
import { t } from '../../i18n/format';
import type { MessageKey } from '../../core';
import { emptyMatrix, place, statusWords, type SheetBlock } from './blocks';
import { statusColouring, type StatusWords } from './markers';
import { parseRangeAddress } from './rangeAddress';
import { percentText } from '../../results/model/tolerance';

const STATUS_LABEL: Record<StatusKey, MessageKey> = {
  met: 'function.status.met',
  partly: 'function.status.partly',
  missed: 'function.status.missed',
  notAssessable: 'function.status.notAssessable',
};
const DEVELOPMENT_LABEL = { better: 'target.development.better', unchanged: 'target.development.unchanged', worse: 'target.development.worse' } as const;

export interface OwnColumnsOffer {
  block: SheetBlock;
  plan: OwnColumnsPlan;
}

/**
 * What "partly met" means in this workbook, as a label: the band when there is one.
 *
 * @example
 * partlyLabel('sv', 0.1)       // → 'Delvis uppfyllt (inom 10 % av målet)'
 * partlyLabel('en', undefined) // → 'Partly met (off: no tolerance chosen)'
 */
export function partlyLabel(locale: Locale, tolerance: number | undefined): string {
  const word = t(locale, 'function.status.partly');
  return tolerance && tolerance > 0
    ? t(locale, 'pane.tolerance.partlyWithin', { status: word, band: percentText(locale, tolerance) })
    : t(locale, 'pane.tolerance.partlyOff', { status: word });
}

/**
 * The block that fills the own columns of a sheet's indicator tables, or null when none has a status or
 * development column of its own.
 *
 * @example
 * ownColumnsBlock('Delår', tables, { tolerance: 0.1 }, 'sv')?.block.address // → 'F4:K28'
 */
export function ownColumnsBlock(sheet: string, tables: readonly IndicatorTable[], options: { tolerance?: number }, locale: Locale): OwnColumnsOffer | null {
  const plan = planOwnColumns(tables, options);
  if (!plan || plan.formulas.length === 0) return null;
  const rect = parseRangeAddress(plan.range);
  if (!rect) return null;
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  const cells = emptyMatrix<string | number>(rows, columns);
  const expected = emptyMatrix<string | number | boolean>(rows, columns);
  for (const f of plan.formulas) place(cells, rect.top, rect.left, f.address, f.formula);
  for (const o of plan.overwrites) place(expected, rect.top, rect.left, o.address, o.value);

  // The legend: the label in the reader's language, the symbol the formulas read (the controller may change it).
  const legendCells: Partial<Record<StatusKey, string>> = {};
  const editable: [number, number][] = [];
  if (plan.legend) {
    const { top, labelColumn, symbolColumn } = plan.legend;
    plan.legend.rows.forEach((r, k) => {
      const row = top + k;
      const at = (column: number) => ({ row, column });
      const put = (p: { row: number; column: number }, value: string) => {
        const line = cells[p.row - rect.top];
        if (line) line[p.column - rect.left] = value;
      };
      if (r.kind === 'heading') return put(at(labelColumn), t(locale, 'pane.own.legendHeading'));
      const label =
        r.kind === 'status'
          ? r.key === 'partly'
            ? partlyLabel(locale, options.tolerance)
            : t(locale, STATUS_LABEL[r.key])
          : t(locale, DEVELOPMENT_LABEL[r.key]);
      put(at(labelColumn), label);
      put(at(symbolColumn), r.symbol);
      editable.push([row - rect.top, symbolColumn - rect.left]);
      if (r.kind === 'status') legendCells[r.key] = `$${columnLetters(symbolColumn)}$${row}`;
    });
  }

  // Symbols and colour words are coloured by the legend's cells; words by what TARGET_STATUS answers.
  const byLegend = plan.status !== undefined && plan.status.kind !== 'words';
  const words: StatusWords = byLegend
    ? { met: [legendCells.met!], partly: [legendCells.partly!], missed: [legendCells.missed!], notAssessable: [legendCells.notAssessable!] }
    : statusWords();
  const colouring = plan.statusAreas.map((address) => ({ address, rules: statusColouring(address, words, { marker: 'own', references: byLegend }) }));
  const hasExpected = plan.overwrites.length > 0;
  const block: SheetBlock = {
    sheet,
    address: plan.range,
    cells,
    ...(colouring.length > 0 ? { colouring } : {}),
    ...(hasExpected ? { expected } : {}),
    ...(editable.length > 0 ? { editable } : {}),
  };
  return { block, plan };
}

/**
 * The offer in words: which columns, in which convention.
 *
 * @example
 * describeOffer('sv', plan) // → { text: 'Tabellen har egna kolumner för måluppfyllelse och utveckling. … symboler ■ ● ▲ ◆, ↑ → ↓.' }
 */
export function describeOffer(locale: Locale, plan: OwnColumnsPlan): { text: string; noReference?: string } {
  const columns = plan.status && plan.development ? 'both' : plan.status ? 'status' : 'development';
  const conventions: string[] = [];
  const symbols = (legend: Readonly<Partial<Record<StatusKey | DevelopmentKey, string>>>) => Object.values(legend).join(' ');
  if (plan.status) {
    conventions.push(
      plan.status.kind === 'words'
        ? t(locale, 'pane.own.convention.words')
        : t(locale, plan.status.kind === 'symbols' ? 'pane.own.convention.symbols' : 'pane.own.convention.colours', { symbols: symbols(plan.status.legend) }),
    );
  }
  if (plan.development?.kind === 'symbols') conventions.push(t(locale, 'pane.own.convention.symbols', { symbols: symbols(plan.development.legend) }));
  const text = t(locale, 'pane.own.offer', { columns: t(locale, `pane.own.columns.${columns}`), convention: conventions.join(', ') });
  return plan.developmentWithoutReference ? { text, noReference: t(locale, 'pane.own.noReference') } : { text };
}
