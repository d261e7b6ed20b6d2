/**
 * The settlement workbook's words in every language Målkoll writes it in, from the one catalogue: what
 * reading an earlier settlement back (`--previous`) looks for, whichever language it was written in.
 */
import type { Locale, MessageKey } from '../core';
import type { PreviousColumn, SettlementRule, SettlementWords } from '../core/settlement';
import { t } from '../i18n/format';

const LOCALES: readonly Locale[] = ['sv', 'en'];
const both = (key: string): string[] => LOCALES.map((l) => t(l, key as MessageKey));

/** The catalogue's words for the settlement workbook's columns, month and rule, in Swedish and English. */
export function settlementWords(): SettlementWords {
  return {
    column: (id: PreviousColumn) => both(`settle.column.${id}`),
    month: both('settle.rules.month'),
    rule: both('settle.rules.rule'),
    ruleName: (rule: SettlementRule) => both(`settle.rule.${rule}`),
  };
}
