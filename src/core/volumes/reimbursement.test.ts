import fc from 'fast-check';
import { reimbursement } from './reimbursement';

describe('reimbursement', () => {
  // Allmän kirurgi, first visits 2025 (seed 000): base 6 336, additional 1 764, 2 449 kr per visit.
  it('7 000 performed: 664 × 2 449 = 1 626 136 kr', () => {
    expect(reimbursement(7000, 6336, 1764, 2449)).toEqual({ ok: true, value: 1_626_136 });
  });

  it('9 000 performed: capped at 1 764 × 2 449 = 4 320 036 kr', () => {
    expect(reimbursement(9000, 6336, 1764, 2449)).toEqual({ ok: true, value: 4_320_036 });
  });

  it('nothing below the base', () => {
    expect(reimbursement(6000, 6336, 1764, 2449)).toEqual({ ok: true, value: 0 });
  });

  it('Ortopedi operations at the DRG price 35 025: 100 above base 4 698 → 3 502 500 kr', () => {
    expect(reimbursement(4798, 4698, 862, 35025)).toEqual({ ok: true, value: 3_502_500 });
  });

  it('Koloskopi at SV 4 363, fully used additional 2 713 → 11 836 819 kr', () => {
    expect(reimbursement(3720, 1007, 2713, 4363)).toEqual({ ok: true, value: 11_836_819 });
  });

  it('rounds a fractional price to whole öre', () => {
    expect(reimbursement(3, 0, 3, 0.1)).toEqual({ ok: true, value: 0.3 });
    expect(reimbursement(3, 0, 10, 2449.5)).toEqual({ ok: true, value: 7348.5 });
    expect(reimbursement(7, 0, 10, 0.333)).toEqual({ ok: true, value: 2.33 });
  });

  it('negative price or volume is #VALUE!', () => {
    expect(reimbursement(7000, 6336, 1764, -2449)).toMatchObject({
      ok: false,
      error: 'value',
      message: { key: 'volume.negative', params: { value: -2449 } },
    });
    expect(reimbursement(-7000, 6336, 1764, 2449)).toMatchObject({ ok: false, error: 'value' });
  });

  it('is non-decreasing in performed', () => {
    const volume = fc.integer({ min: 0, max: 100_000 });
    const price = fc.integer({ min: 0, max: 100_000 });
    fc.assert(
      fc.property(volume, volume, volume, volume, price, (p1, p2, base, additional, pr) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const a = reimbursement(lo, base, additional, pr);
        const b = reimbursement(hi, base, additional, pr);
        return a.ok && b.ok && a.value <= b.value;
      }),
    );
  });

  it('is non-decreasing in performed with fractional prices too', () => {
    const volume = fc.double({ min: 0, max: 1e6, noNaN: true });
    const price = fc.double({ min: 0, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(volume, volume, volume, volume, price, (p1, p2, base, additional, pr) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const a = reimbursement(lo, base, additional, pr);
        const b = reimbursement(hi, base, additional, pr);
        return a.ok && b.ok && a.value <= b.value;
      }),
    );
  });
});

describe('reimbursement beyond what a double holds', () => {
  it('an amount that overflows is "result too large", never Infinity', () => {
    expect(reimbursement(1e308, 0, 1e308, 10)).toEqual({ ok: false, error: 'value', message: { key: 'volume.resultTooLarge' } });
  });
});
