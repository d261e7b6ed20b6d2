import { judgeIndicator, type IndicatorCells } from './judgeIndicator';
import type { CellValue } from '../../types';

const row = (target: CellValue, outcome: CellValue, more: Partial<IndicatorCells> = {}): IndicatorCells => ({
  target,
  outcome,
  reference: null,
  group: null,
  direction: null,
  name: 'Beläggningsgrad, somatisk vård',
  ownName: true,
  hasDirectionColumn: false,
  ...more,
});

describe('an indicator row judged with its cause', () => {
  test.each([
    ['≤ 90 %', 0.95, { kind: 'judged' }, 'missed'],
    ['≥ 90 %', 93, { kind: 'judged', percentScale: 93 }, 'met'],
    ['80–90 %', 0.85, { kind: 'target-unreadable', why: 'digits' }, 'not-assessable'],
    [null, 0.85, { kind: 'target-missing', said: false }, 'not-assessable'],
    ['Under framtagande', 0.85, { kind: 'target-missing', said: true }, 'not-assessable'],
    ['Följsamhet till införandeplan', null, { kind: 'not-measurable' }, 'not-assessable'],
    ['≤ 90 %', null, { kind: 'outcome-blank' }, 'not-assessable'],
    ['≤ 90 %', { error: '#N/A' }, { kind: 'outcome-error', code: '#N/A' }, 'not-assessable'],
    ['≤ 90 %', 'M: 53 % K: 203', { kind: 'outcome-ambiguous' }, 'not-assessable'],
    ['≤ 90 %', 'Under utredning', { kind: 'outcome-not-readable', yesNo: false, shown: 'Under utredning' }, 'not-assessable'],
    ['Ja', 'Pågår', { kind: 'outcome-not-readable', yesNo: true, shown: 'Pågår' }, 'not-assessable'],
    ['Ska öka', 120, { kind: 'judged' }, 'not-assessable'],
  ] as [CellValue, CellValue, object, string][])('target %p, outcome %p', (target, outcome, cause, status) => {
    const judged = judgeIndicator(row(target, outcome));
    expect(judged?.cause).toEqual(cause);
    expect(judged?.evaluation.status).toBe(status);
  });

  test('a name and nothing else: listed, not assessable, and nothing to say', () => {
    expect(judgeIndicator(row(null, null))).toMatchObject({
      cause: { kind: 'name-only' },
      evaluation: { status: 'not-assessable', reason: { key: 'table.indicatorNameOnly' } },
    });
    expect(judgeIndicator(row('', '  '))?.cause).toEqual({ kind: 'name-only' });
  });

  test.each([
    ['a note', 'Indikatorer för uppföljning av den nära vården tas fram under hösten.', true],
    ['a pointer', 'Se nedan, Omställning av Hälso- och sjukvård', true],
    ['a paused indicator', 'Närsjukvårdsteam, antal. Indikator pausas 2025', true],
    ['a footnote', '¹ Måttet delas upp på kvinnor och män från 2026.', true],
    ['a section heading', '6.1.4 Nära vård', true],
    ['a group’s name left of the indicator column', 'Tillgänglig vård', false],
  ])('%s alone is no indicator', (_, name, ownName) => {
    expect(judgeIndicator(row(null, null, { name, ownName }))).toBeNull();
  });
});
