import { planBlockRemoval } from './blockRemovalPlan';

const status = (row: number) => `=MALKOLL.TARGET_STATUS(E${row},D${row})`;
const written = [['Status'], [status(5)], [status(6)]];
const rect = { top: 4, left: 7, bottom: 6, right: 7 };
const column = (top: number, contents: unknown[]) => ({ top, left: 7, formulas: contents.map((v) => [v]) });

describe('planBlockRemoval', () => {
  it('empties every cell still holding what was written, where it was written', () => {
    const plan = planBlockRemoval({ written }, rect, column(4, ['Status', status(5), status(6)]));
    expect(plan).toEqual({ cleared: 3, kept: 0, span: rect, cells: [[''], [''], ['']], moved: false });
  });

  it('keeps a row the controller changed, and counts it', () => {
    const plan = planBlockRemoval({ written }, rect, column(4, ['Status', 'Ändrad', status(6)]));
    expect(plan).toMatchObject({ cleared: 2, kept: 1, cells: [[''], [null], ['']] });
  });

  it('puts back what a cell held before and its number format', () => {
    const record = { written, before: [[null], ["'0123"], [null]], numberFormatsBefore: [['General'], ['@'], ['General']] };
    const plan = planBlockRemoval(record, rect, column(4, ['Status', status(5), status(6)]));
    expect(plan.cells).toEqual([[''], ["'0123"], ['']]);
    expect(plan.formats).toEqual([['General'], ['@'], ['General']]);
  });

  it('finds rows moved down by two inserted above, with their references moved', () => {
    const plan = planBlockRemoval({ written }, rect, column(1, ['', '', '', '', '', 'Status', status(7), status(8)]));
    expect(plan).toMatchObject({ cleared: 3, kept: 0, moved: true, span: { top: 6, left: 7, bottom: 8, right: 7 } });
  });

  it('recognises formulas written in another Excel language', () => {
    const plan = planBlockRemoval({ written }, rect, column(4, ['Status', '=MALKOLL.MÅLSTATUS(E5,D5)', '=MALKOLL.MÅLSTATUS(E6,D6)']));
    expect(plan.cleared).toBe(3);
  });

  it('removes an editable cell whatever the controller put in it', () => {
    const legend = [['Symbol', 'Uppfyllt']];
    const plan = planBlockRemoval(
      { written: legend, editable: [[0, 0]] },
      { top: 2, left: 7, bottom: 2, right: 8 },
      { top: 2, left: 7, formulas: [['★', 'Uppfyllt']] },
    );
    expect(plan).toMatchObject({ cleared: 2, kept: 0, cells: [['', '']] });
  });
});
