import { headline, verdictMessage } from './verdictMessage';

describe('the headline', () => {
  it('names the table that was checked when one of the two is missing', () => {
    expect(headline({ kind: 'incomplete', missing: 'indicators' }, ['volumes']).message).toEqual({
      key: 'pane.summary.tableOk',
      params: { table: { message: { key: 'pane.summary.table.volumes' } } },
    });
    expect(headline({ kind: 'incomplete', missing: 'volumes' }, ['indicators', 'production']).message.params).toEqual({
      table: { message: { key: 'pane.summary.table.indicators' } },
    });
  });

  it('names a clean production table checked without a volume or indicator table, and still asks for those', () => {
    const head = headline({ kind: 'incomplete', missing: 'volumes' }, ['production']);
    expect(head).toEqual({
      tone: 'clean',
      message: { key: 'pane.summary.tableOk', params: { table: { message: { key: 'pane.summary.table.production' } } } },
      advice: { key: 'pane.checklist.checkVolumes' },
    });
    expect(headline({ kind: 'incomplete', missing: 'indicators' }, ['production']).message.params).toEqual({
      table: { message: { key: 'pane.summary.table.production' } },
    });
  });
});

describe('a workbook without one of the two tables', () => {
  it('is named the checked table’s verdict, with the missing table said to be not in the workbook', () => {
    const head = headline({ kind: 'incomplete', missing: 'indicators', notInWorkbook: true }, ['volumes']);
    expect(head).toEqual({
      tone: 'clean',
      message: { key: 'pane.summary.tableOk', params: { table: { message: { key: 'pane.summary.table.volumes' } } } },
      advice: { key: 'pane.checklist.absentIndicators' },
    });
    expect(verdictMessage({ kind: 'incomplete', missing: 'volumes', notInWorkbook: true })).toEqual({ key: 'pane.summary.absent.volumes' });
  });
});
