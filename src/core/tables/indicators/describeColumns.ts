/**
 * The description of an indicator table's columns, as the pane, the check page and the command line show
 * it: which column was taken as what, and, where a heading alone did not decide it, why.
 */
import { columnLetters } from '../../address';
import type { Message, MessageKey, MessageParam } from '../../types';
import type { ColumnChoice, IndicatorColumns } from './types';

/**
 * The description, or null when the columns carry no choices.
 *
 * @example
 * describeIndicatorColumns(table.columns)
 * // sv → 'Kolumnerna: indikator B ”Indikator”; mål D ”Målvärde 2025” (cellerna är mätbara mål, inte A ”Mål”); utfall E ”Utfall”.'
 */
export function describeIndicatorColumns(columns: IndicatorColumns): Message | null {
  const chosen = columns.chosen ?? [];
  if (chosen.length === 0) return null;
  let list: MessageParam = choiceParam(chosen[chosen.length - 1]);
  for (let i = chosen.length - 2; i >= 0; i--) list = { message: { key: 'table.columns.list', params: { first: choiceParam(chosen[i]), rest: list } } };
  return { key: 'table.columns.description', params: { list } };
}

function choiceParam(choice: ColumnChoice): MessageParam {
  const base = {
    role: { message: { key: `table.columns.role.${choice.role}` as MessageKey } },
    column: columnLetters(choice.column),
    heading: choice.heading,
  };
  if (choice.by === 'heading') return { message: { key: 'table.columns.choice', params: base } };
  const why: MessageParam = { message: { key: `table.columns.why.${choice.by}` as MessageKey } };
  if (!choice.over) return { message: { key: 'table.columns.choiceWhy', params: { ...base, why } } };
  return {
    message: { key: 'table.columns.choiceWhyOver', params: { ...base, why, overColumn: columnLetters(choice.over.column), overHeading: choice.over.heading } },
  };
}
