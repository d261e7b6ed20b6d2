import { fail, ok } from '../core';
import { currentLocale, fitCell, respond, respondMatrix } from './respond';

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const g = globalThis as Record<string, unknown>;

beforeEach(() => {
  g.CustomFunctions = { Error: StubError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
  delete g.Office;
});
afterAll(() => {
  delete g.CustomFunctions;
  delete g.Office;
});

describe('respond', () => {
  it('reads the language from Office, English without it', () => {
    expect(currentLocale()).toBe('en');
    g.Office = { context: { displayLanguage: 'sv-SE' } };
    expect(currentLocale()).toBe('sv');
    g.Office = { context: { displayLanguage: 'de-DE' } };
    expect(currentLocale()).toBe('en');
    g.Office = {};
    expect(currentLocale()).toBe('en');
    g.Office = {
      get context(): never {
        throw new Error('not initialised');
      },
    };
    expect(currentLocale()).toBe('en');
  });

  it('passes values through', () => {
    expect(respond(() => ok(1))).toBe(1);
    expect(respond(() => ok('OK'))).toBe('OK');
    expect(respond(() => ok(false))).toBe(false);
  });

  it('turns failures into Excel errors with the message in the user’s language', () => {
    g.Office = { context: { displayLanguage: 'sv-SE' } };
    const na = respond(() => fail('na', 'volume.fulfilment.noPlan'));
    expect(na).toEqual(new StubError('#N/A', 'ingen plan att jämföra med'));
    g.Office = { context: { displayLanguage: 'en-GB' } };
    const value = respond(() => fail('value', 'volume.fulfilment.profileAllZero'));
    expect(value).toEqual(new StubError('#VALUE!', 'the monthly profile is all zeros'));
  });

  it('never lets an exception, NaN or Infinity out', () => {
    const thrown = respond(() => {
      throw new TypeError('x is undefined');
    });
    expect(thrown).toBeInstanceOf(StubError);
    expect((thrown as StubError).code).toBe('#VALUE!');
    expect((thrown as StubError).message).not.toMatch(/TypeError|undefined/);
    expect(respond(() => ok(Number.NaN))).toMatchObject({ code: '#VALUE!' });
    expect(respond(() => ok(Number.POSITIVE_INFINITY))).toMatchObject({ code: '#VALUE!' });
  });

  it('a spilling function answers an error as a single error cell', () => {
    expect(respondMatrix(() => ok([[1, 'a']]))).toEqual([[1, 'a']]);
    const e = respondMatrix(() => fail('na', 'volume.fulfilment.noPlan'));
    expect(e).toEqual([[new StubError('#N/A', 'no plan to compare with')]]);
    const thrown = respondMatrix(() => {
      throw new Error('boom');
    });
    expect(thrown).toHaveLength(1);
    expect(thrown[0][0]).toMatchObject({ code: '#VALUE!' });
  });
});

describe('fitCell', () => {
  it('leaves a text that fits a cell as it is, and cuts a longer one to 32 767 characters with an ellipsis', () => {
    expect(fitCell('OK')).toBe('OK');
    expect(fitCell('x'.repeat(32_767))).toBe('x'.repeat(32_767));
    const cut = fitCell('x'.repeat(40_000));
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith('x…')).toBe(true);
  });

  it('never cuts a character in two', () => {
    const cut = fitCell(`${'x'.repeat(32_765)}😀${'y'.repeat(10)}`);
    expect(cut).toBe(`${'x'.repeat(32_765)}…`);
  });
});
