/**
 * The settlement workbook's indicators (indicator × hospital: status and outcome) and its rules: the month,
 * the rule in words and as formulas, the price mapping and every price the settlement used.
 */
import { isCellError } from '../types';
import type { Message, MessageKey } from '../types';
import type { PlanColumn, PlanValue, SheetPlan } from './workbookPlan';
import type { Settlement } from './types';

const msg = (key: string, params?: Message['params']): Message => (params ? { key: key as MessageKey, params } : { key: key as MessageKey });
const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * One row per indicator (in the order first met), two columns per hospital: its status and its outcome.
 *
 * @example
 * indicatorsSheet(settlement, title).columns.map((c) => c.id) // → ['indicator', 'target', 'status:0', 'outcome:0', 'status:1', …]
 */
export function indicatorsSheet(s: Settlement, title: Message): SheetPlan {
  const hospitals = s.hospitals.filter((h) => h.indicators.length > 0);
  const columns: PlanColumn[] = [
    { id: 'indicator', header: msg('settle.column.indicator'), style: 'text', width: 60 },
    { id: 'target', header: msg('settle.column.target'), style: 'text', width: 22 },
  ];
  hospitals.forEach((h, i) => {
    columns.push({ id: `status:${i}`, header: msg('settle.column.indicatorStatus', { hospital: h.hospital }), style: 'text', width: 16 });
    columns.push({ id: `outcome:${i}`, header: msg('settle.column.indicatorOutcome', { hospital: h.hospital }), style: 'general', width: 14 });
  });
  // Keyed by the indicator's name as a workbook writes it: a Map, never a plain object.
  const lines = new Map<string, PlanValue[]>();
  hospitals.forEach((h, i) => {
    for (const ind of h.indicators) {
      const key = fold(ind.indicator);
      let line = lines.get(key);
      if (!line) {
        line = [ind.indicator, ind.target, ...new Array(hospitals.length * 2).fill(null)];
        lines.set(key, line);
      }
      line[2 + i * 2] = msg(`settle.indicator.${ind.status}`);
      line[3 + i * 2] = isCellError(ind.outcome) ? ind.outcome.error : typeof ind.outcome === 'boolean' ? String(ind.outcome) : ind.outcome;
    }
  });
  return { id: 'indicators', name: msg('settle.sheet.indicators'), title, columns, rows: [...lines.values()], table: true };
}

/**
 * The rules the settlement was made by, as a list of settings: what a reader needs to check every figure.
 *
 * @example
 * rulesSheet(settlement, title).rows[0] // → [{ key: 'settle.rules.month' }, 8, null]
 */
export function rulesSheet(s: Settlement, title: Message, generatedBy?: string): SheetPlan {
  const m = s.month;
  const rows: PlanValue[][] = [
    [msg('settle.rules.month'), m, msg(`settle.month.${m}`)],
    [msg('settle.rules.rule'), msg(`settle.rule.${s.rule}`), msg(`settle.ruleExplained.${s.rule}`, { m })],
    [msg('settle.rules.plan'), msg('settle.formula.plan', { m }), null],
    [msg('settle.rules.additional'), msg(`settle.formula.${s.rule}`, { m }), null],
    [msg('settle.rules.reimbursement'), msg('settle.formula.reimbursement'), null],
    [msg('settle.rules.assigned'), msg('settle.formula.assigned'), null],
    [msg('settle.rules.preliminary'), msg('settle.formula.preliminary'), null],
    [msg('settle.rules.assignment'), s.assignmentFile, null],
    [
      msg('settle.rules.previous'),
      s.previous?.file ?? msg('settle.rules.none'),
      s.previous?.month !== undefined ? msg(`settle.month.${s.previous.month}`) : null,
    ],
    [msg('settle.rules.priceList'), s.prices.table ? (s.prices.tableFile ?? msg('settle.rules.priceTable')) : msg('settle.rules.builtInPrices'), null],
    [],
    [msg('settle.rules.mapping'), msg('settle.column.priceKind'), null],
    ...s.prices.mapping.map((rule): PlanValue[] => [
      rule.group,
      rule.kind === 'by-row-name' ? msg('settle.kind.byRowName') : msg(`settle.kind.${rule.kind}`),
      null,
    ]),
    [],
    [msg('settle.rules.prices'), msg('settle.column.hospital'), msg('settle.column.price')],
    ...usedPrices(s),
  ];
  if (generatedBy !== undefined) rows.push([], [msg('settle.rules.generatedBy'), generatedBy, null]);
  const columns: PlanColumn[] = [
    { id: 'setting', header: msg('settle.column.setting'), style: 'text', width: 30 },
    { id: 'value', header: msg('settle.column.value'), style: 'general', width: 60 },
    { id: 'detail', header: msg('settle.column.detail'), style: 'general', width: 30 },
  ];
  return { id: 'rules', name: msg('settle.sheet.rules'), title, columns, rows, table: false };
}

/** Every price kind × hospital × price the rows were paid at, in the order first used. */
function usedPrices(s: Settlement): PlanValue[][] {
  const seen = new Map<string, PlanValue[]>();
  for (const h of s.hospitals) {
    for (const r of h.rows) {
      if (r.priceKind === null || r.price === null) continue;
      const key = `${r.priceKind}|${h.hospital}`;
      if (!seen.has(key)) seen.set(key, [msg(`settle.kind.${r.priceKind}`), h.hospital, r.price]);
    }
  }
  return [...seen.values()];
}
