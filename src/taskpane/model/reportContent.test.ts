import { checkVolumes } from '../../core/tables';
import type { VolumeTable } from '../../core/tables';
import type { Grid } from '../../core';
import { rowOf, seedVolumeRows, volumeRowsWithOutcome } from '../../../test/taskpane/workbooks';
import { checkReads } from './checkRun';
import { fulfilmentChart, indicatorStatusLines, reportInput, statusChart, summaryLine } from './reportContent';
import { interimReportWithReference } from '../../../test/fixtures/regionLayouts';

const at = new Date(2026, 10, 23, 14, 5);

describe('reportInput', () => {
  it('names the sheet after the time, states the table, the time and the verdict, and lists the findings', () => {
    const rows = seedVolumeRows();
    const ortopedi = rowOf(rows, 'Ortopedi');
    rows[ortopedi - 1][2] = 8134;
    const run = checkReads(
      'range',
      [{ grid: { cells: rows, top: 1, left: 1, sheet: 'Volymer 2025' } as Grid, sheet: 'Volymer 2025', range: 'A1:D61', address: "'Volymer 2025'!A1:D61" }],
      [],
      at,
    );
    const input = reportInput('sv', run, ['Volymer 2025', 'Kontroll 2026-11-23 14.05'], undefined);
    expect(input.sheetName).toBe('Kontroll 2026-11-23 14.05 (2)');
    expect(input.lines).toEqual([
      ['Kontrollerad tabell', "'Volymer 2025'!A1:D61"],
      ['Kontrollerad', '2026-11-23 14:05'],
      ['Sammanfattning', '1 fel måste rättas'],
    ]);
    expect(input.headers).toEqual(['Cell', 'Allvarlighet', 'Kod', 'Meddelande', 'Rad', 'Kolumn']);
    expect(input.rows).toHaveLength(2);
    const row = input.rows.find((r) => r[2] === 'sum-mismatch');
    expect(row?.[1]).toBe('Fel');
    expect(String(row?.[0])).toMatch(new RegExp(`^[B-D]${ortopedi}$`));
    expect(row?.[3]).toBe('bas 8 134 ser felskriven ut: uppdrag 11 080 − tillägg 2 937 = 8 143, och summaraden för bas stämmer med 8 143');
    expect(row?.[4]).toBe('Ortopedi');
  });

  it('writes a line saying there is nothing to fix for a clean table', () => {
    const run = checkReads(
      'range',
      [{ grid: { cells: seedVolumeRows(), top: 1, left: 1, sheet: 'V' } as Grid, sheet: 'V', range: 'A1:D61', address: 'V!A1:D61' }],
      [],
      at,
    );
    const input = reportInput('en', run, [], undefined);
    expect(input.sheetName).toBe('Check 2026-11-23 14.05');
    expect(input.rows).toEqual([['', '', '', 'No errors or warnings', '', '']]);
    // This check found nothing; whether the workbook is ready is the workbook's verdict, on a line of its own.
    expect(summaryLine('en', run.check.summary)).toBe('No errors or warnings');
    expect(input.lines.map(([label]) => label)).toEqual(['Table checked', 'Checked', 'Summary']);
    const withVerdict = reportInput('sv', run, [], undefined, undefined, { kind: 'incomplete', missing: 'indicators' });
    expect(withVerdict.lines[3]).toEqual(['Arbetsboken', 'Indikatortabellen är inte kontrollerad']);
  });

  it('states the month the fulfilment chart is computed to, by name, and says when nobody chose it', () => {
    const table = checkVolumes({ cells: volumeRowsWithOutcome(), top: 1, left: 1 } as Grid).tables[0] as VolumeTable;
    const run = checkReads(
      'range',
      [{ grid: { cells: volumeRowsWithOutcome(), top: 1, left: 1, sheet: 'V' } as Grid, sheet: 'V', range: 'A1:E61', address: 'V!A1:E61' }],
      [],
      at,
    );
    const chosen = reportInput('sv', run, [], fulfilmentChart('sv', table, 8), { month: 8, chosen: true });
    expect(chosen.lines[3]).toEqual(['Måluppfyllelse', 't.o.m. augusti']);
    expect(chosen.chart?.title).toBe('Måluppfyllelse per specialitet t.o.m. augusti');
    const byDefault = reportInput('en', run, [], fulfilmentChart('en', table, 11), { month: 11, chosen: false });
    expect(byDefault.lines[3]).toEqual(['Goal fulfilment', 'up to November (the current month: no month was chosen under Calculations)']);
    expect(byDefault.chart?.title).toBe('Goal fulfilment per specialty up to November');
  });
});

describe('fulfilmentChart', () => {
  it('gives goal fulfilment per specialty to the month, as FULFILMENT computes it, leaving out rows without a plan', () => {
    const table = checkVolumes({ cells: volumeRowsWithOutcome(), top: 1, left: 1 } as Grid).tables[0] as VolumeTable;
    const chart = fulfilmentChart('sv', table, 8);
    // Allmän kirurgi, first visits: 5 410 performed against 8 100 × 8/12 = 5 400 by August.
    expect(chart?.rows).toContainEqual(['Allmän kirurgi (Förstabetesök)', 5410 / 5400]);
    // BUP has three groups, so each bar names its group; Allergologi (plan 0) has no bar.
    expect(chart?.rows.filter(([label]) => label.startsWith('BUP'))).toHaveLength(3);
    expect(chart?.rows.some(([label]) => label.startsWith('Allergologi'))).toBe(false);
    expect(chart?.title).toBe('Måluppfyllelse per specialitet t.o.m. augusti');
    expect(chart?.numberFormat).toBe('0%');
  });

  it('has no chart for a table without an outcome column', () => {
    const table = checkVolumes({ cells: seedVolumeRows(), top: 1, left: 1 } as Grid).tables[0] as VolumeTable;
    expect(fulfilmentChart('sv', table, 8)).toBeUndefined();
  });
});

describe('indicatorStatusLines', () => {
  const interim = () => {
    const rows = interimReportWithReference().map((r) => r.map((c) => (c === undefined ? null : c)));
    const width = Math.max(...rows.map((r) => r.length));
    const cells = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    return { grid: { cells, top: 1, left: 1, sheet: 'Delår' } as Grid, sheet: 'Delår', range: 'A1:H28', address: 'Delår!A1:H28' };
  };

  it('counts the four statuses with the table’s own symbols, and names the band of partly met', () => {
    const run = checkReads('workbook', [interim()], [], at, { tolerance: 0.1 });
    const lines = indicatorStatusLines('sv', run);
    expect(lines.map(([label]) => label)).toEqual(['■ Uppfyllt', '● Delvis uppfyllt (inom 10\u00a0% av målet)', '▲ Ej uppfyllt', '◆ Ej bedömbart']);
    const counts = run.check.sheets[0].tables.flatMap((t) => (t.kind === 'indicators' ? t.indicators : [])).map((i) => i.status);
    const n = (s: string) => String(counts.filter((c) => c === s).length);
    expect(lines.map(([, count]) => count)).toEqual([n('met'), n('partly'), n('missed'), n('not-assessable')]);
    expect(Number(lines[1][1])).toBeGreaterThan(0);
    // The report sheet carries the same lines.
    expect(reportInput('sv', run, [], undefined).lines.slice(-4)).toEqual(lines);
  });

  it('is the report’s chart when there is no volume table: one bar per status, labelled as the legend', () => {
    const run = checkReads('workbook', [interim()], [], at, { tolerance: 0.1 });
    const chart = statusChart('sv', run)!;
    expect(chart.title).toBe('Indikatorer per status');
    expect(chart.headers).toEqual(['Status', 'Antal']);
    expect(chart.rows).toEqual(indicatorStatusLines('sv', run).map(([label, count]) => [label, Number(count)]));
    // Without a fulfilment chart the report states no month for one.
    expect(reportInput('sv', run, [], chart).lines.map(([label]) => label)).not.toContain('Måluppfyllelse');
  });

  it('leaves partly out when no tolerance is chosen, and says nothing without indicators', () => {
    const lines = indicatorStatusLines('en', checkReads('workbook', [interim()], [], at));
    expect(lines.map(([label]) => label)).toEqual(['■ Met', '▲ Not met', '◆ Not assessable']);
    const volumes = seedVolumeRows();
    const run = checkReads(
      'range',
      [{ grid: { cells: volumes, top: 1, left: 1, sheet: 'V' } as Grid, sheet: 'V', range: 'A1:D61', address: 'V!A1:D61' }],
      [],
      at,
    );
    expect(indicatorStatusLines('sv', run)).toEqual([]);
  });
});
