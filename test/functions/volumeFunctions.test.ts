/**
 * FULFILMENT, ADDITIONAL_VOLUME, REIMBURSEMENT, VOLUME_CHECK and NUMBER through the built bundle, called
 * the way Excel calls them: omitted optional arguments as null, ranges as rows, numbers often as text.
 */
import { errorOf as error, loadFunctionsBundle } from '../support/functionsHarness';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
const en = loadFunctionsBundle({ displayLanguage: 'en-US' });

describe('FULFILMENT', () => {
  it('FULFILMENT(5400; 8100; 8) = 1', () => {
    expect(sv.call('FULFILMENT', 5400, 8100, 8)).toBe(1);
  });

  it('reads numbers pasted as text, and a month in a 1×1 range', () => {
    expect(sv.call('FULFILMENT', '5\u00a0400', '8 100', [['8']])).toBe(1);
    expect(en.call('FULFILMENT', 4050, '8 100')).toBe(0.5);
    // Swedish first: a lone comma is the decimal sign, so "8,100" is 8.1 in every language.
    expect(en.call('FULFILMENT', 4.05, '8,100')).toBe(0.5);
  });

  it('pro-rates by a monthly profile given as a row or a column', () => {
    const row = [[10, 10, 10, 10, 10, 10, 2, 8, 10, 10, 10, 10]];
    const column = row[0].map((w) => [w]);
    // January–June carries 60 of 110: 6 000 against 11 000 × 60/110 = 6 000.
    expect(sv.call('FULFILMENT', 6000, 11000, 6, row)).toBe(1);
    expect(sv.call('FULFILMENT', 6000, 11000, 6, column)).toBe(1);
  });

  it('a plan of 0 is #N/A "ingen plan att jämföra med"', () => {
    expect(error(sv.call('FULFILMENT', 10, 0))).toEqual({ code: '#N/A', message: 'ingen plan att jämföra med' });
    expect(error(en.call('FULFILMENT', 10, 0))).toEqual({ code: '#N/A', message: 'no plan to compare with' });
  });

  it('a blank outcome is #N/A naming it', () => {
    const e = error(sv.call('FULFILMENT', null, 8100, 8));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/^Utfall/);
  });

  it('negative, a bad month or a bad profile is #VALUE! with a message', () => {
    expect(error(sv.call('FULFILMENT', '\u22125 400', 8100))).toEqual({ code: '#VALUE!', message: 'utfall −5 400 är mindre än noll' });
    expect(error(sv.call('FULFILMENT', 5400, 8100, 13))).toEqual({
      code: '#VALUE!',
      message: 'månaden ska vara ett heltal från 1 till 12, inte 13',
    });
    expect(error(en.call('FULFILMENT', 5400, 8100, 8, [[1, 2, 3]]))).toEqual({
      code: '#VALUE!',
      message: 'the monthly profile must have 12 values, one per month, but has 3',
    });
    expect(error(sv.call('FULFILMENT', 5400, 8100, 8, [[1, 1, '', 1, 1, 1, 1, 1, 1, 1, 1, 1]]))).toEqual({
      code: '#VALUE!',
      message: 'månadsprofilen har inget tal för månad 3',
    });
    expect(error(sv.call('FULFILMENT', 5400, 8100, null, [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]])).code).toBe('#VALUE!');
    expect(error(sv.call('FULFILMENT', 'många', 8100)).code).toBe('#VALUE!');
  });

  it('a profile range of blank cells counts as no profile', () => {
    expect(sv.call('FULFILMENT', 5400, 8100, 8, [[null]])).toBe(1);
  });
});

describe('ADDITIONAL_VOLUME and REIMBURSEMENT: Allmän kirurgi, first visits, base 6 336, additional 1 764', () => {
  it('7 000 performed: 664 units, 664 × 2 449 = 1 626 136 kr', () => {
    expect(sv.call('ADDITIONAL_VOLUME', 7000, 6336, 1764)).toBe(664);
    expect(sv.call('REIMBURSEMENT', 7000, 6336, 1764, 2449)).toBe(1626136);
  });

  it('9 000 performed: capped at 1 764 × 2 449 = 4 320 036 kr', () => {
    expect(sv.call('ADDITIONAL_VOLUME', 9000, 6336, 1764)).toBe(1764);
    expect(en.call('REIMBURSEMENT', '9 000', '6 336', '1 764', '2 449 kr')).toBe(4320036);
  });

  it('REIMBURSEMENT takes the price from UNIT_PRICE', () => {
    const visit = sv.call('UNIT_PRICE', 'besök');
    expect(sv.call('REIMBURSEMENT', 7000, 6336, 1764, visit)).toBe(1626136);
  });

  it('a negative price or volume is #VALUE!; a missing one #N/A', () => {
    expect(error(sv.call('REIMBURSEMENT', 7000, 6336, 1764, -2449))).toEqual({
      code: '#VALUE!',
      message: 'pris −2 449 är mindre än noll',
    });
    expect(error(en.call('ADDITIONAL_VOLUME', 7000, -6336, 1764))).toEqual({ code: '#VALUE!', message: 'base -6,336 is negative' });
    expect(error(sv.call('REIMBURSEMENT', 7000, 6336, 1764)).code).toBe('#N/A');
    expect(error(sv.call('ADDITIONAL_VOLUME', 7000, '', 1764)).message).toMatch(/^Bas/);
  });
});

describe('VOLUME_CHECK', () => {
  it('Ortopedi 11 080 = 8 143 + 2 937 is OK', () => {
    expect(sv.call('VOLUME_CHECK', 11080, 8143, 2937)).toBe('OK');
    expect(en.call('VOLUME_CHECK', '11 080', '8 143', '2 937')).toBe('OK');
  });

  it('the transposed base 8 134 says what is wrong, with the numbers', () => {
    expect(sv.call('VOLUME_CHECK', 11080, 8134, 2937)).toBe('uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937');
    expect(en.call('VOLUME_CHECK', 11080, 8134, 2937)).toBe('total 11,080 ≠ base 8,134 + additional 2,937');
  });

  it('negative and fractional volumes are messages, not errors', () => {
    expect(sv.call('VOLUME_CHECK', 760, -516, 244)).toBe('bas −516 är mindre än noll');
    expect(en.call('VOLUME_CHECK', 760, 516, 243.5)).toBe('additional 243.5 is not a whole number');
  });

  it('a blank is #N/A, text that is no number #VALUE!', () => {
    expect(error(sv.call('VOLUME_CHECK', 760, null, 244)).code).toBe('#N/A');
    expect(error(sv.call('VOLUME_CHECK', 760, 'se not', 244)).code).toBe('#VALUE!');
  });
});

describe('NUMBER', () => {
  it.each([
    ['8 100', 8100],
    ['8\u00a0100', 8100],
    ['3 125 153', 3125153],
    ['8,5', 8.5],
    ['8,5 %', 0.085],
    ['12,5%', 0.125],
    ['\u22121 764', -1764],
    ['1 764 kr', 1764],
    ['1,234.56', 1234.56],
    [42, 42],
  ])('NUMBER(%p) = %p', (text, value) => {
    expect(sv.call('NUMBER', text)).toBeCloseTo(value as number, 12);
  });

  it('anything else is #VALUE!, blank #N/A', () => {
    expect(error(sv.call('NUMBER', 'åtta')).code).toBe('#VALUE!');
    expect(error(en.call('NUMBER', 'eight')).message).toMatch(/eight/);
    expect(error(sv.call('NUMBER', null)).code).toBe('#N/A');
  });
});
