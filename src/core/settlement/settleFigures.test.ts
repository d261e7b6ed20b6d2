import { monthFromHeader, rowFigures, roundHalfUp } from '.';

describe('the month an outcome heading names', () => {
  it.each([
    ['Utfört jan–aug', 8],
    ['Utfall t.o.m. augusti', 8],
    ['Utfall ack. aug', 8],
    ['Utfört jan-apr', 4],
    ['Utfall T2', 8],
    ['Utfall tertial 3', 12],
    ['Utfall 2025-08', 8],
    ['Utfall 202504', 4],
    ['Performed Jan–Dec', 12],
    ['Utfört delår', 8],
    ['Utfört', null],
    ['Utfall 2025', null],
  ])('%s → %s', (header, month) => expect(monthFromHeader(header)).toBe(month));
});

describe('a row’s figures', () => {
  const hud = { uppdrag: 5500, bas: 3858, tillagg: 1642, performed: 3900, price: 2449 };
  it('pays pro rata the units above bas × m/12, capped at tillägg × m/12, rounded once per row', () => {
    const f = rowFigures(hud, 8, 'pro-rata');
    expect(f.reimbursement).toBe(2680839); // 1 094,67 × 2 449 = 2 680 839,33
    expect(f.planToDate).toBeCloseTo(3666.667, 3);
    expect(rowFigures({ ...hud, performed: 2000 }, 8, 'pro-rata').reimbursement).toBe(0);
    expect(rowFigures({ ...hud, performed: 2000 }, 8, 'pro-rata').fulfilment).toBeCloseTo(2000 / 3666.667, 6);
  });
  it('pays annually the units above the whole bas, capped at the whole tillägg', () => {
    expect(rowFigures(hud, 8, 'annual').reimbursement).toBe(42 * 2449);
    expect(rowFigures({ ...hud, performed: 9000 }, 8, 'annual').reimbursement).toBe(1642 * 2449);
  });
  it('has no fulfilment where nothing is assigned, and needs a price only where something is paid', () => {
    expect(rowFigures({ uppdrag: 0, bas: 0, tillagg: 0, performed: 3, price: null }, 8, 'pro-rata')).toEqual({
      planToDate: 0,
      fulfilment: null,
      additional: 0,
      reimbursement: 0,
    });
    expect(rowFigures({ ...hud, price: null }, 8, 'pro-rata').reimbursement).toBeNull();
  });
  it('rounds half a krona up, exactly', () => {
    expect(roundHalfUp(30, 12)).toBe(3);
    expect(roundHalfUp(29, 12)).toBe(2);
    // 1 unit at m = 6: 6 twelfths × 2 449,5 kr … half a krona on a price with decimals.
    expect(rowFigures({ uppdrag: 2, bas: 0, tillagg: 2, performed: 1, price: 2449.5 }, 12, 'pro-rata').reimbursement).toBe(2450);
  });
});
