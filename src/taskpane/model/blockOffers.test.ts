import type { Grid } from '../../core';
import { indicatorRows, seedVolumeRows, volumeRowsWithOutcome } from '../../../test/taskpane/workbooks';
import { checkView } from '../../results/model/checkView';
import { BLOCK_KIND_NAMES } from './blockKinds';
import { offerBlock } from './blockOffers';
import { checkReads } from './checkRun';

const resultOf = (sheet: string, rows: unknown[][]) => {
  const run = checkReads('range', [{ grid: { cells: rows, top: 1, left: 1, sheet } as Grid, sheet, range: 'A1', address: `'${sheet}'!A1` }], [], new Date());
  return checkView(run.check);
};
const input = (result: ReturnType<typeof resultOf>) => ({ result, hospital: 'SV', month: 8, locale: 'sv' as const });

describe('offerBlock', () => {
  it('offers every kind it knows a block or a reason, never nothing', () => {
    const result = resultOf('Anteckningar', [['Ingen tabell här']]);
    for (const kind of BLOCK_KIND_NAMES) expect(offerBlock(kind, input(result))).toHaveProperty('refused.key');
  });

  it('offers the status column beside an indicator table, on its sheet', () => {
    const made = offerBlock('status-column', input(resultOf('Indikatorer', indicatorRows())));
    expect(made).toMatchObject({ block: { sheet: 'Indikatorer' } });
  });

  it('offers the calculations only for a volume table with an outcome column', () => {
    expect(offerBlock('calculations', input(resultOf('Volymer', seedVolumeRows())))).toEqual({ refused: { key: 'pane.calc.unavailable' } });
    expect(offerBlock('calculations', input(resultOf('Volymer', volumeRowsWithOutcome())))).toMatchObject({ block: { sheet: 'Volymer' } });
  });
});
