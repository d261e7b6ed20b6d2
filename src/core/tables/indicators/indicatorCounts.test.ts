import type { Grid } from '../../types';
import { indicatorRows } from '../../../../test/taskpane/workbooks';
import { checkIndicators } from '.';
import { countIndicatorStatuses } from './indicatorCounts';
import type { IndicatorTable } from './types';

describe('countIndicatorStatuses', () => {
  it('counts the seed targets with August outcomes as met, missed and not assessable', () => {
    // By hand (see indicatorRows): met rows 7, 8, 9, 10; missed rows 4, 5, 6; not assessable rows 11 (no
    // target) and 12 (no outcome).
    const table = checkIndicators({ cells: indicatorRows(), top: 1, left: 1 } as Grid).tables[0] as IndicatorTable;
    expect(countIndicatorStatuses(table.indicators)).toEqual({ met: 4, partly: 0, missed: 3, notAssessable: 2 });
  });

  it('gives zeros for no indicators and never leaves one out', () => {
    expect(countIndicatorStatuses([])).toEqual({ met: 0, partly: 0, missed: 0, notAssessable: 0 });
    expect(countIndicatorStatuses([{ status: 'met' }, { status: 'not-assessable' }, { status: 'missed' }, { status: 'partly' }, { status: 'missed' }])).toEqual(
      {
        met: 1,
        partly: 1,
        missed: 2,
        notAssessable: 1,
      },
    );
  });
});
