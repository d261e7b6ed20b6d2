import { formatMessage } from '../../i18n/format';
import { fulfilment } from './fulfilment';

/** A year with a low July (semester): weights per month, January first. */
const LOW_JULY = [10, 10, 10, 10, 10, 10, 2, 8, 10, 10, 10, 10];

describe('fulfilment', () => {
  it('FULFILMENT(5400; 8100; 8) = 1: 5 400 by August against 8 100 for the year', () => {
    expect(fulfilment(5400, 8100, 8, null)).toEqual({ ok: true, value: 1 });
  });

  it('without a month compares with the whole plan', () => {
    expect(fulfilment(4050, 8100, null, null)).toEqual({ ok: true, value: 0.5 });
    // Allmän kirurgi, first visits 2025: 7 000 performed of the assignment 8 100
    expect(fulfilment(7000, 8100, null, null)).toEqual({ ok: true, value: 7000 / 8100 });
  });

  it('month 12 is the whole year, month 1 one twelfth', () => {
    expect(fulfilment(8100, 8100, 12, null)).toEqual({ ok: true, value: 1 });
    expect(fulfilment(675, 8100, 1, null)).toEqual({ ok: true, value: 1 });
  });

  it('pro-rates by a monthly profile', () => {
    // Weights sum to 110; January–August 70, so the plan to date is 8 100 × 70/110 = 5 154.5454…
    expect(fulfilment(5400, 8100, 8, LOW_JULY)).toEqual({ ok: true, value: (5400 * 110) / (8100 * 70) });
    // An even profile is the same as no profile.
    expect(fulfilment(5400, 8100, 8, Array(12).fill(1))).toEqual({ ok: true, value: 1 });
    // 11 000 weight-units of plan up to June: 60/110 of 11 000 = 6 000
    expect(fulfilment(6000, 11000, 6, LOW_JULY)).toEqual({ ok: true, value: 1 });
  });

  it('no plan to date is #N/A "ingen plan att jämföra med"', () => {
    const r = fulfilment(10, 0, null, null);
    expect(r).toEqual({ ok: false, error: 'na', message: { key: 'volume.fulfilment.noPlan' } });
    if (!r.ok) {
      expect(formatMessage('sv', r.message)).toBe('ingen plan att jämföra med');
      expect(formatMessage('en', r.message)).toBe('no plan to compare with');
    }
    expect(fulfilment(0, 0, 8, null)).toMatchObject({ ok: false, error: 'na' });
    // A profile with nothing planned in January: no plan to date by the end of January.
    expect(fulfilment(5, 1200, 1, [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toMatchObject({ ok: false, error: 'na' });
  });

  it('zero outcome against a plan is 0', () => {
    expect(fulfilment(0, 8100, 3, null)).toEqual({ ok: true, value: 0 });
  });

  it('negative outcome or plan is #VALUE!', () => {
    const r = fulfilment(-1764, 8100, null, null);
    expect(r).toMatchObject({ ok: false, error: 'value' });
    if (!r.ok) expect(formatMessage('sv', r.message)).toBe('utfall −1 764 är mindre än noll');
    const p = fulfilment(10, -8100, null, null);
    if (!p.ok) expect(formatMessage('en', p.message)).toBe('plan -8,100 is negative');
    else throw new Error('expected a failure');
  });

  it.each([0, 13, 8.5, -1])('month %p is #VALUE!', (month) => {
    const r = fulfilment(5400, 8100, month, null);
    expect(r).toMatchObject({ ok: false, error: 'value', message: { key: 'volume.fulfilment.badMonth' } });
  });

  it('month 13 says what a month must be', () => {
    const r = fulfilment(5400, 8100, 13, null);
    if (r.ok) throw new Error('expected a failure');
    expect(formatMessage('sv', r.message)).toBe('månaden ska vara ett heltal från 1 till 12, inte 13');
  });

  it('a NaN month is #VALUE! without echoing NaN', () => {
    const r = fulfilment(5400, 8100, Number.NaN, null);
    if (r.ok) throw new Error('expected a failure');
    expect(formatMessage('sv', r.message)).toBe('månaden är inte ett tal');
  });

  it('a profile without a month is #VALUE!', () => {
    const r = fulfilment(5400, 8100, null, LOW_JULY);
    expect(r).toMatchObject({ ok: false, error: 'value', message: { key: 'volume.fulfilment.profileNeedsMonth' } });
  });

  it('bad profiles are #VALUE! with what is wrong', () => {
    const short = fulfilment(5400, 8100, 8, LOW_JULY.slice(0, 11));
    if (short.ok) throw new Error('expected a failure');
    expect(short.error).toBe('value');
    expect(formatMessage('sv', short.message)).toBe('månadsprofilen ska ha 12 värden, ett per månad, men har 11');

    const negative = fulfilment(5400, 8100, 8, [10, 10, 10, 10, 10, 10, -2, 8, 10, 10, 10, 10]);
    if (negative.ok) throw new Error('expected a failure');
    expect(formatMessage('sv', negative.message)).toBe('månadsprofilen har ett negativt värde för månad 7: −2');

    const zeros = fulfilment(5400, 8100, 8, Array(12).fill(0));
    expect(zeros).toMatchObject({ ok: false, error: 'value', message: { key: 'volume.fulfilment.profileAllZero' } });

    const nan = fulfilment(5400, 8100, 8, [10, 10, Number.NaN, 10, 10, 10, 2, 8, 10, 10, 10, 10]);
    if (nan.ok) throw new Error('expected a failure');
    expect(formatMessage('en', nan.message)).toBe('the monthly profile has no number for month 3');
  });

  it('a bad profile is reported even when the plan is 0', () => {
    expect(fulfilment(0, 0, 8, Array(12).fill(0))).toMatchObject({ ok: false, error: 'value' });
  });
});

describe('fulfilment at the edges of floating point', () => {
  it('FULFILMENT(1e308; 1e-308) overflows: "result too large", not "outcome is not a number"', () => {
    const r = fulfilment(1e308, 1e-308, null, null);
    expect(r).toEqual({ ok: false, error: 'value', message: { key: 'volume.resultTooLarge' } });
    if (!r.ok) {
      expect(formatMessage('sv', r.message)).toBe('resultatet blev för stort för att visas');
      expect(formatMessage('en', r.message)).toBe('the result is too large to show');
    }
  });

  it('a product that overflows while the quotient does not still gives the quotient', () => {
    // 1e308 × 12 overflows, but 1e308 by June against 1e308 for the year is 200 %.
    expect(fulfilment(1e308, 1e308, 6, null)).toEqual({ ok: true, value: 2 });
  });

  it('a month computed with noise (8.000000000000002) is month 8', () => {
    expect(fulfilment(5400, 8100, 8.000000000000002, null)).toEqual({ ok: true, value: 1 });
    expect(fulfilment(5400, 8100, 0.1 * 3 * 10, null)).toEqual({ ok: true, value: (5400 * 12) / (8100 * 3) });
    expect(fulfilment(5400, 8100, 8.5, null)).toMatchObject({ ok: false, error: 'value' });
  });
});
