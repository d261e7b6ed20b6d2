import { formatMessage } from '../i18n/format';
import {
  allArgs,
  isBlankMatrix,
  matrixArg,
  numbersOfRange,
  optionalNumber,
  optionalText,
  requiredNumber,
  requiredText,
  scalarArg,
  singleValue,
} from './coerce';

describe('coerce: Excel arguments', () => {
  it('unwraps a 1×1 range and leaves scalars and larger ranges alone', () => {
    expect(scalarArg([[8100]])).toBe(8100);
    expect(scalarArg('8 100')).toBe('8 100');
    expect(scalarArg([[1, 2]])).toEqual([[1, 2]]);
  });

  it('reads required numbers as NUMBER does, from a cell or a 1×1 range', () => {
    expect(requiredNumber('8\u00a0100', 'arg.plan')).toEqual({ ok: true, value: 8100 });
    expect(requiredNumber([['5 400']], 'arg.outcome')).toEqual({ ok: true, value: 5400 });
    expect(requiredNumber('\u22121 764', 'arg.base')).toEqual({ ok: true, value: -1764 });
  });

  it('a blank required number is #N/A naming it', () => {
    const r = requiredNumber(null, 'arg.plan');
    expect(r).toMatchObject({ ok: false, error: 'na' });
    if (!r.ok) {
      expect(formatMessage('sv', r.message)).toBe('Plan saknas');
      expect(formatMessage('en', r.message)).toBe('Plan is missing');
    }
    expect(requiredNumber('', 'arg.outcome')).toMatchObject({ ok: false, error: 'na' });
  });

  it('text that is no number is #VALUE!', () => {
    expect(requiredNumber('åtta', 'arg.month')).toMatchObject({ ok: false, error: 'value' });
  });

  it('an omitted optional number is null', () => {
    expect(optionalNumber(null, 'arg.month')).toEqual({ ok: true, value: null });
    expect(optionalNumber(undefined, 'arg.month')).toEqual({ ok: true, value: null });
    expect(optionalNumber('8', 'arg.month')).toEqual({ ok: true, value: 8 });
  });

  it('reads texts, trimmed; numbers become their digits; errors are #VALUE!', () => {
    expect(requiredText('  besök ', 'arg.kind')).toEqual({ ok: true, value: 'besök' });
    expect(optionalText('', 'arg.hospital')).toEqual({ ok: true, value: null });
    expect(optionalText(12, 'arg.group')).toEqual({ ok: true, value: '12' });
    const missing = requiredText(null, 'arg.kind');
    expect(missing).toMatchObject({ ok: false, error: 'na' });
    if (!missing.ok) expect(formatMessage('sv', missing.message)).toBe('Typ av pris saknas');
    const err = optionalText({ error: '#REF!' }, 'arg.hospital');
    expect(err).toMatchObject({ ok: false, error: 'value' });
    if (!err.ok) expect(formatMessage('sv', err.message)).toBe('Sjukhus innehåller felvärdet #REF!');
  });

  it('turns range arguments into rows of cell values', () => {
    expect(matrixArg(null)).toBeNull();
    expect(matrixArg(5)).toEqual([[5]]);
    expect(matrixArg([1, 2])).toEqual([[1, 2]]);
    expect(
      matrixArg([
        [1, undefined],
        [{ code: '#REF!' }, 'x'],
      ]),
    ).toEqual([
      [1, null],
      [{ error: '#REF!' }, 'x'],
    ]);
    expect(
      isBlankMatrix([
        [null, ''],
        ['  ', null],
      ]),
    ).toBe(true);
    expect(isBlankMatrix([[null, 0]])).toBe(false);
  });

  it('drops trailing blank rows and columns of a range before reading any cell', () => {
    expect(
      matrixArg([
        [1, null, ''],
        ['', 'x', null],
        [null, '', undefined],
        ['', '', ''],
      ]),
    ).toEqual([
      [1, null],
      ['', 'x'],
    ]);
    // Blanks inside the used part stay, a text of spaces is no blank, and a blank range keeps no row.
    expect(
      matrixArg([
        [null, 1],
        [' ', null],
      ]),
    ).toEqual([
      [null, 1],
      [' ', null],
    ]);
    expect(
      matrixArg([
        [null, ''],
        ['', null],
      ]),
    ).toEqual([]);
    // A whole column: the million blank rows under the used one are dropped.
    const blankRow = [null, null];
    expect(matrixArg([[{ type: 'Double', basicValue: 5 }, null], ...new Array(1_000_000).fill(blankRow)])).toEqual([[5]]);
  });

  it('reads a profile range into numbers, NaN where a month has none', () => {
    const values = numbersOfRange([
      [10, '8,5'],
      ['', 'x'],
    ]);
    expect(values.slice(0, 2)).toEqual([10, 8.5]);
    expect(values.slice(2).every(Number.isNaN)).toBe(true);
  });

  it('allArgs stops at the first bad argument', () => {
    const r = allArgs<[number, number]>(requiredNumber('x', 'arg.outcome'), requiredNumber(null, 'arg.plan'));
    expect(r).toMatchObject({ ok: false, error: 'value' });
    expect(allArgs<[number, number]>(requiredNumber(1, 'arg.outcome'), requiredNumber(2, 'arg.plan'))).toEqual({ ok: true, value: [1, 2] });
  });

  it('unwraps Excel data types (allowCustomDataForDataTypeAny) in scalars and in ranges', () => {
    expect(scalarArg({ type: 'String', basicValue: '8 100' })).toBe('8 100');
    expect(requiredNumber({ type: 'Double', basicValue: 8100 }, 'arg.plan')).toEqual({ ok: true, value: 8100 });
    expect(requiredText({ type: 'String', basicValue: ' besök ' }, 'arg.kind')).toEqual({ ok: true, value: 'besök' });
    expect(
      matrixArg([
        [
          { type: 'Double', basicValue: 2 },
          { type: 'Error', errorType: 'Ref' },
          { type: 'Entity', text: 'SU' },
        ],
      ]),
    ).toEqual([[2, { error: '#REF!' }, { error: '#VALUE!' }]]);
  });

  it('a boolean or a range is no text: never "true" or "a,b" read as a name', () => {
    const bool = optionalText(true, 'arg.hospital');
    expect(bool).toMatchObject({ ok: false, error: 'value' });
    if (!bool.ok) expect(formatMessage('sv', bool.message)).toBe('Sjukhus ska vara en text');
    const range = requiredText([['besök', 'behandling']], 'arg.kind');
    if (range.ok) throw new Error('expected a failure');
    expect(formatMessage('sv', range.message)).toBe('Typ av pris ska vara en enda cell, men ett område med 2 celler angavs');
  });

  it('singleValue: one plain value, or #VALUE! for a range of several cells or an entity', () => {
    expect(singleValue([['≥ 90 %']], 'arg.target')).toEqual({ ok: true, value: '≥ 90 %' });
    expect(singleValue({ type: 'Boolean', basicValue: false }, 'arg.outcome')).toEqual({ ok: true, value: false });
    expect(singleValue(null, 'arg.group')).toEqual({ ok: true, value: null });
    const range = singleValue([['K', 'M']], 'arg.group');
    if (range.ok) throw new Error('expected a failure');
    expect(formatMessage('en', range.message)).toBe('Group must be a single cell, but a range of 2 cells was given');
    const entity = singleValue({ type: 'Entity', text: 'Sahlgrenska' }, 'arg.target');
    if (entity.ok) throw new Error('expected a failure');
    expect(formatMessage('sv', entity.message)).toBe('Målvärde innehåller ett värde som varken är ett tal eller en text');
  });
});
