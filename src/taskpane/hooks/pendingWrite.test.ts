import { NO_PENDING, pendingWrite } from './pendingWrite';

describe('pendingWrite', () => {
  const changes = [{ sheet: 'Volymer', cell: 'C4', from: '120', to: 120 }];
  it('holds one write until it is confirmed or cancelled, and the opener until focus went back', () => {
    const opener = { id: 'convert' } as unknown as HTMLElement;
    const asked = pendingWrite(NO_PENDING, { type: 'ask', pending: { kind: 'convert', changes }, opener });
    expect(asked.pending).toEqual({ kind: 'convert', changes });
    const closed = pendingWrite(asked, { type: 'close' });
    expect(closed).toEqual({ pending: null, opener });
    expect(pendingWrite(closed, { type: 'focused' })).toEqual(NO_PENDING);
  });
});
