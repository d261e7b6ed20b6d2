/**
 * Målkoll's custom functions (namespace MALKOLL), as docs/functions.md documents them.
 *
 * Every function here is thin: it reads Excel's arguments once (./coerce), calls the pure core, and
 * answers with a value or a CustomFunctions.Error whose message is in the user's language (./respond).
 * custom-functions-metadata-plugin reads the `@customfunction ID NAME` tags below into functions.json and
 * appends `CustomFunctions.associate("ID", fn)` for each, so every function must stay a top-level
 * declaration in this file. The Swedish names and descriptions are in ./functions.sv.json.
 *
 * The TypeScript parameter types are what functions.json declares: `unknown` (Excel's "any": a number or
 * text, read by ./coerce), `unknown[][]` (a range), `?` (optional: Excel passes null when omitted).
 */
import { findPrice } from '../core/prices';
import { checkVolumes } from '../core/tables';
import { explainTarget, indicatorDirection, readDevelopment, readFraction, readLegend, type Development } from '../core/targets';
import { fail, ok, type Result } from '../core';
// The core's volume rules under one name: the functions below share their names.
import * as volumes from '../core/volumes';
import { formatMessage, t } from '../i18n/format';
import {
  allArgs,
  isBlankMatrix,
  matrixArg,
  numbersOfRange,
  optionalNumber,
  optionalText,
  requireValue,
  requiredNumber,
  requiredText,
  scalarArg,
  singleValue,
} from './coerce';
import { tableFindingRows } from './findingRows';
import { DEVELOPMENT_ORDER, judgeTargetArgs, STATUS_ORDER, statusLabelKey, targetArgs } from './judgeTarget';
import { respond, respondMatrix, respondMatrixAsync, type CellAnswer } from './respond';

/**
 * Goal fulfilment: outcome against plan as a fraction (1 = 100 %). With month, against the plan pro-rated to the end of that month.
 * @customfunction FULFILMENT FULFILMENT
 * @param outcome The outcome (performed volume) so far. A number, or text such as "5 400".
 * @param plan The plan for the whole year (or period).
 * @param [month] Month 1–12 to pro-rate the plan to: plan × month/12. Leave out to compare with the whole plan.
 * @param [profile] 12 monthly weights (a row or a column, e.g. a low July) to pro-rate by instead of evenly. Needs month.
 * @returns Fulfilment as a fraction; format the cell as a percentage.
 */
export function fulfilment(outcome: unknown, plan: unknown, month?: unknown, profile?: unknown[][]): number | CustomFunctions.Error {
  return respond(() => {
    const args = allArgs<[number, number, number | null]>(
      requiredNumber(outcome, 'arg.outcome'),
      requiredNumber(plan, 'arg.plan'),
      optionalNumber(month, 'arg.month'),
    );
    if (!args.ok) return args;
    const range = matrixArg(profile);
    const weights = range === null || isBlankMatrix(range) ? null : numbersOfRange(range);
    const [o, p, m] = args.value;
    return volumes.fulfilment(o, p, m, weights);
  });
}

/**
 * The additional volume that is paid per unit: what was performed above the base volume, at most the fixed additional volume.
 * @customfunction ADDITIONAL_VOLUME ADDITIONAL_VOLUME
 * @param performed Performed volume (outcome).
 * @param base The base volume, paid through the appropriation.
 * @param additional The fixed additional volume.
 * @returns min(max(performed − base, 0), additional).
 */
export function additionalVolume(performed: unknown, base: unknown, additional: unknown): number | CustomFunctions.Error {
  return respond(() => {
    const args = allArgs<[number, number, number]>(
      requiredNumber(performed, 'arg.performed'),
      requiredNumber(base, 'arg.base'),
      requiredNumber(additional, 'arg.additional'),
    );
    return args.ok ? volumes.additionalVolume(args.value[0], args.value[1], args.value[2]) : args;
  });
}

/**
 * Performance-based payment for the additional volume, in kronor: the additional volume × the price per unit.
 * @customfunction REIMBURSEMENT REIMBURSEMENT
 * @param performed Performed volume (outcome).
 * @param base The base volume, paid through the appropriation.
 * @param additional The fixed additional volume.
 * @param price Price per unit in kronor, e.g. UNIT_PRICE("visit").
 * @returns Kronor, rounded to whole öre.
 */
export function reimbursement(performed: unknown, base: unknown, additional: unknown, price: unknown): number | CustomFunctions.Error {
  return respond(() => {
    const args = allArgs<[number, number, number, number]>(
      requiredNumber(performed, 'arg.performed'),
      requiredNumber(base, 'arg.base'),
      requiredNumber(additional, 'arg.additional'),
      requiredNumber(price, 'arg.price'),
    );
    return args.ok ? volumes.reimbursement(args.value[0], args.value[1], args.value[2], args.value[3]) : args;
  });
}

/**
 * Price per unit of additional volume in kronor, from your own price table or the built-in 2025 list.
 * @customfunction UNIT_PRICE UNIT_PRICE
 * @param kind "visit" (besök), "treatment" (behandling), "colonoscopy" (koloskopi) or "gastroscopy" (gastroskopi).
 * @param [hospital] Hospital code or name (SV, NU, SKAS, SU, SÄS); needed for colonoscopy and gastroscopy.
 * @param [price_table] Your own prices, searched first: rows of kind | hospital | price (hospital may be blank).
 * @returns Kronor per unit.
 */
export function unitPrice(kind: unknown, hospital?: unknown, price_table?: unknown[][]): number | CustomFunctions.Error {
  return respond(() => {
    const args = allArgs<[string, string | null]>(requiredText(kind, 'arg.kind'), optionalText(hospital, 'arg.hospital'));
    if (!args.ok) return args;
    const table = matrixArg(price_table);
    return findPrice(args.value[0], args.value[1], table === null || isBlankMatrix(table) ? null : table);
  });
}

/**
 * Whether an indicator's outcome meets its target, with the target written as in the follow-up documents ("≥90 %", "Lägre än 20 procent", "Ska öka").
 * @customfunction TARGET_MET TARGET_MET
 * @param outcome The indicator's outcome: a number (93 % is 0.93), text such as "8,5 %", or Ja/Nej.
 * @param target The target as written, e.g. "≥ 90 %", "max 2%", "Ska öka", "M: 17,2 % K: 16 %", "Ja".
 * @param [reference] Reference value (previous period or baseline), for targets such as "Ska öka".
 * @param [group] The group of a split target: M/K (sex) or a unit such as SU.
 * @param [direction] For a bare value such as "100 %": "higher" or "lower" is better.
 * @returns TRUE or FALSE; #N/A with the reason when it cannot be judged.
 */
export function targetMet(outcome: unknown, target: unknown, reference?: unknown, group?: unknown, direction?: unknown): boolean | CustomFunctions.Error {
  return respond((): Result<boolean> => {
    const args = targetArgs(outcome, target, reference, group, direction);
    if (!args.ok) return args;
    const { status, reason } = judgeTargetArgs(args.value);
    if (status === 'not-assessable') return { ok: false, error: 'na', message: reason };
    return ok(status === 'met');
  });
}

/**
 * An indicator's status against its target as a label: met, partly met (with a tolerance), not met or not assessable.
 * @customfunction TARGET_STATUS TARGET_STATUS
 * @param outcome The indicator's outcome: a number (93 % is 0.93), text such as "8,5 %", or Ja/Nej.
 * @param target The target as written, e.g. "≥ 90 %", "max 2%", "Ska öka", "M: 17,2 % K: 16 %", "Ja".
 * @param [reference] Reference value (previous period or baseline), for targets such as "Ska öka".
 * @param [group] The group of a split target: M/K (sex) or a unit such as SU.
 * @param [direction] For a bare value such as "100 %": "higher" or "lower" is better.
 * @param [tolerance] A fraction of the target (0.1 or "10 %"): an outcome missing it by no more than that is "Partly met".
 * @param [labels] Four cells to answer with instead of the words, in order met, partly met, not met, not assessable (e.g. ■ ● ▲ ◆).
 * @returns "Met", "Partly met", "Not met" or "Not assessable" (in Swedish Excel "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömbart"), or the legend's symbol.
 */
export function targetStatus(
  outcome: unknown,
  target: unknown,
  reference?: unknown,
  group?: unknown,
  direction?: unknown,
  tolerance?: unknown,
  labels?: unknown[][],
): string | CustomFunctions.Error {
  return respond((locale): Result<string> => {
    // The label follows Excel's display language like every text Målkoll writes, so a workbook opened in
    // another language may show labels of both; formulas that test the result should use TARGET_MET,
    // whose TRUE/FALSE is the same everywhere (or pass a legend, which is the same in every language).
    const args = targetArgs(outcome, target, reference, group, direction);
    if (!args.ok) return args;
    const band = readFraction(scalarArg(tolerance), 'arg.tolerance');
    if (!band.ok) return band;
    const legend = readLegend(matrixArg(labels), STATUS_ORDER.length);
    if (!legend.ok) return legend;
    const status = judgeTargetArgs(args.value, band.value).status;
    return ok(legend.value?.[STATUS_ORDER.indexOf(status)] ?? t(locale, statusLabelKey(status)));
  });
}

/**
 * How an indicator developed against its reference (the previous period, a baseline): better, unchanged or worse; for a lower-is-better measure a fall is better.
 * @customfunction DEVELOPMENT DEVELOPMENT
 * @param outcome The outcome: a number, text such as "8,5 %", or a split such as "M: 18 % K: 15 %".
 * @param reference The reference value, split the same way or a single figure.
 * @param [direction] "higher" or "lower" is better, e.g. DIRECTION(name); higher when left out.
 * @param [band] A fraction of the reference (0.02 or "2 %") within which a change counts as unchanged; 0 when left out.
 * @param [labels] Three cells to answer with instead of the words, in order better, unchanged, worse (e.g. ↑ → ↓).
 * @returns "Better", "Unchanged" or "Worse" (in Swedish Excel "Bättre", "Oförändrad", "Sämre"); for a split outcome one per group, "M: Better, K: Worse".
 */
export function development(outcome: unknown, reference: unknown, direction?: unknown, band?: unknown, labels?: unknown[][]): string | CustomFunctions.Error {
  return respond((locale): Result<string> => {
    const args = allArgs<[unknown, unknown, unknown]>(
      singleValue(outcome, 'arg.outcome'),
      singleValue(reference, 'arg.reference'),
      singleValue(direction, 'arg.direction'),
    );
    if (!args.ok) return args;
    const unchanged = readFraction(scalarArg(band), 'arg.band');
    if (!unchanged.ok) return unchanged;
    const legend = readLegend(matrixArg(labels), DEVELOPMENT_ORDER.length);
    if (!legend.ok) return legend;
    const read = readDevelopment(args.value[0], args.value[1], args.value[2], unchanged.value ?? 0);
    if (!read.ok) return read;
    const word = (d: Development) => legend.value?.[DEVELOPMENT_ORDER.indexOf(d)] ?? t(locale, `target.development.${d}`);
    const { overall, groups } = read.value;
    if (groups.length === 0 && overall !== 'mixed') return ok(word(overall));
    return ok(groups.map((g) => t(locale, 'target.development.group', { group: g.label, development: word(g.development) })).join(', '));
  });
}

/**
 * How Målkoll reads a target: comparator, threshold and what it needs, so you can check it was read right.
 * @customfunction TARGET_EXPLAIN TARGET_EXPLAIN
 * @param target The target as written, e.g. "≥90 % inom 20 minuter", "60 procent eller högre".
 * @param [group] The group of a split target: M/K (sex) or a unit such as SU.
 * @param [direction] For a bare value such as "100 %": "higher" or "lower" is better.
 * @returns The reading in words, e.g. "≥ 90 %".
 */
export function targetExplain(target: unknown, group?: unknown, direction?: unknown): string | CustomFunctions.Error {
  return respond((locale): Result<string> => {
    const required = requireValue(target, 'arg.target');
    if (!required.ok) return required;
    const args = allArgs<[unknown, unknown, unknown]>(
      singleValue(target, 'arg.target'),
      singleValue(group, 'arg.group'),
      singleValue(direction, 'arg.direction'),
    );
    if (!args.ok) return args;
    return ok(formatMessage(locale, explainTarget(args.value[0], args.value[1], args.value[2])));
  });
}

/**
 * Which way is better for an indicator, read from its name: lower for waiting times, overcrowding, readmissions, costs; higher for shares within a limit, coverage, adherence. Use it as TARGET_MET's direction.
 * @customfunction DIRECTION DIRECTION
 * @param indicator The indicator's name, e.g. "Överbeläggningar per 100 vårdplatser".
 * @returns "lower" or "higher" (in Swedish Excel "lägre" or "högre"); #N/A when the name does not say.
 */
export function direction(indicator: unknown): string | CustomFunctions.Error {
  return respond((locale): Result<string> => {
    const name = requiredText(indicator, 'arg.indicator');
    if (!name.ok) return name;
    const found = indicatorDirection(name.value);
    if (found === null) return fail('na', 'target.direction.unknown');
    return ok(t(locale, found === 'lower' ? 'target.direction.lower' : 'target.direction.higher'));
  });
}

/**
 * Reads a number written as text, Swedish notation first: "8 100", "8,5 %", "−1 764", "1 764 kr", "1,234.56".
 * @customfunction NUMBER NUMBER
 * @param text The text (or number) to read.
 * @returns The number; a percentage as a fraction ("8,5 %" is 0.085).
 */
export function parseNumber(text: unknown): number | CustomFunctions.Error {
  return respond(() => requiredNumber(text, 'arg.text'));
}

/**
 * Checks one row of a volume table: "OK" when total, base and additional are whole, not negative and total = base + additional; otherwise what is wrong.
 * @customfunction VOLUME_CHECK VOLUME_CHECK
 * @param total The assignment (total volume).
 * @param base The base volume.
 * @param additional The additional volume.
 * @returns "OK", or a short message with the numbers.
 */
export function volumeCheck(total: unknown, base: unknown, additional: unknown): string | CustomFunctions.Error {
  return respond((locale): Result<string> => {
    const args = allArgs<[number, number, number]>(
      requiredNumber(total, 'arg.total'),
      requiredNumber(base, 'arg.base'),
      requiredNumber(additional, 'arg.additional'),
    );
    if (!args.ok) return args;
    const problem = volumes.checkVolumeRow(args.value[0], args.value[1], args.value[2]);
    return ok(problem ? formatMessage(locale, problem) : t(locale, 'function.volumeCheck.ok'));
  });
}

/**
 * Validates a whole volume table and spills one row per finding: row in the range, column, severity, code, message.
 * @customfunction VALIDATE_VOLUMES VALIDATE_VOLUMES
 * @param table The volume table, headers included: its range (A1:D61), not whole columns (A:D), which Excel on the web cannot pass.
 * @returns The findings, or "No findings".
 */
export function validateVolumes(table: unknown[][]): Array<Array<CellAnswer | CustomFunctions.Error>> {
  return respondMatrix((locale) => tableFindingRows(locale, table, checkVolumes));
}

/**
 * Checks the arithmetic of a production table (periods as columns, subtotals, changes, shares) and spills one row per finding: row in the range, column, severity, code, message.
 * @customfunction CHECK_TABLE CHECK_TABLE
 * @param table The table's range (A1:H40, not whole columns), headers included, e.g. "Besök | 202204 | 202104 | Förändring %" and its rows.
 * @returns The findings, or "No findings".
 */
export async function checkTable(table: unknown[][]): Promise<Array<Array<CellAnswer | CustomFunctions.Error>>> {
  // The production engine is a chunk of its own, loaded on the first call: the pane's page, which loads
  // this script at start, does not carry it until someone checks a production table.
  return respondMatrixAsync(async (locale) => {
    const { checkProduction } = await import(/* webpackChunkName: "production" */ '../core/tables');
    return tableFindingRows(locale, table, checkProduction);
  });
}
