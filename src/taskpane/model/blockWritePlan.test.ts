import { planBlockWrite } from './blockWritePlan';

// A status column G4:G6 beside an indicator table: the heading, then one formula a row.
const status = (row: number) => `=MALKOLL.TARGET_STATUS(E${row},D${row})`;
const block = { cells: [['Status'], [status(5)], [status(6)]], top: 4, left: 7, address: 'G4:G6' };
const cells = (formulas: unknown[], values = formulas, types: string[] = formulas.map((f) => (f === '' ? 'Empty' : 'String'))) => ({
  formulas: formulas.map((f) => [f]),
  values: values.map((v) => [v]),
  valueTypes: types.map((t) => [t]),
});

describe('planBlockWrite', () => {
  it('writes into empty cells and remembers nothing to put back', () => {
    const plan = planBlockWrite(block, cells(['', '', '']));
    expect(plan).toEqual({ ok: true, previous: [[''], [''], ['']], alreadyThere: false });
  });

  it('refuses at the first cell holding something the controller was not shown, naming it', () => {
    expect(planBlockWrite(block, cells(['', 'Klart', 'Annat']))).toEqual({
      ok: false,
      message: { key: 'pane.block.notEmpty', params: { cell: 'G5', range: 'G4:G6' } },
    });
  });

  it('writes over what was shown, compared by value, and keeps it exactly for removal (a text that looks like a number as text)', () => {
    const shown = { ...block, expected: [[null], ['0123'], [8100]] };
    const plan = planBlockWrite(shown, cells(['', '0123', '=A1*2'], ['', '0123', 8100], ['Empty', 'String', 'Double']));
    expect(plan).toEqual({ ok: true, previous: [[''], ["'0123"], ['=A1*2']], before: [[null], ["'0123"], ['=A1*2']], alreadyThere: false });
  });

  it('refuses a cell changed since it was shown', () => {
    const shown = { ...block, expected: [[null], ['Uppfyllt'], [null]] };
    expect(planBlockWrite(shown, cells(['', 'Ej uppfyllt', '']))).toEqual({ ok: false, message: { key: 'pane.block.changedSince', params: { cell: 'G5' } } });
  });

  it('recognises the block itself, written in another Excel language, as already there', () => {
    const swedish = ['Status', '=MALKOLL.MÅLSTATUS(E5,D5)', '=malkoll.målstatus(E6, D6)'];
    expect(planBlockWrite(block, cells(swedish))).toMatchObject({ ok: true, alreadyThere: true });
    expect(planBlockWrite(block, cells(['Status', swedish[1], '']))).toMatchObject({ ok: true, alreadyThere: false });
  });

  it('leaves alone the cells the block does not write, whatever they hold', () => {
    const sparse = { ...block, cells: [['Status'], [null], [status(6)]] };
    expect(planBlockWrite(sparse, cells(['', 'Användarens', '']))).toEqual({ ok: true, previous: [[''], [null], ['']], alreadyThere: false });
  });
});
