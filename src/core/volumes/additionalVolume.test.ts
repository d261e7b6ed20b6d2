import fc from 'fast-check';
import { additionalVolume } from './additionalVolume';

describe('additionalVolume', () => {
  // Allmän kirurgi, first visits 2025: base 6 336, additional 1 764 (seed 000)
  it('counts what is performed above the base', () => {
    expect(additionalVolume(7000, 6336, 1764)).toEqual({ ok: true, value: 664 });
  });

  it('caps at the fixed additional volume', () => {
    expect(additionalVolume(9000, 6336, 1764)).toEqual({ ok: true, value: 1764 });
    expect(additionalVolume(8100, 6336, 1764)).toEqual({ ok: true, value: 1764 });
  });

  it('is 0 up to the base', () => {
    expect(additionalVolume(6000, 6336, 1764)).toEqual({ ok: true, value: 0 });
    expect(additionalVolume(6336, 6336, 1764)).toEqual({ ok: true, value: 0 });
    expect(additionalVolume(6337, 6336, 1764)).toEqual({ ok: true, value: 1 });
  });

  it('Koloskopi: base 1 007, additional 2 713', () => {
    expect(additionalVolume(3000, 1007, 2713)).toEqual({ ok: true, value: 1993 });
  });

  it.each([
    [-1, 6336, 1764, 'volume.negative'],
    [7000, -6336, 1764, 'volume.negative'],
    [7000, 6336, -1764, 'volume.negative'],
    [Number.NaN, 6336, 1764, 'volume.notANumber'],
  ])('(%p, %p, %p) is #VALUE! %s', (p, b, a, key) => {
    expect(additionalVolume(p, b, a)).toMatchObject({ ok: false, error: 'value', message: { key } });
  });

  const volume = fc.integer({ min: 0, max: 1_000_000 });

  it('is never negative and never above the additional volume', () => {
    fc.assert(
      fc.property(volume, volume, volume, (performed, base, additional) => {
        const r = additionalVolume(performed, base, additional);
        return r.ok && r.value >= 0 && r.value <= additional;
      }),
    );
  });

  it('is never negative nor above the additional volume for fractional volumes either', () => {
    const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(amount, amount, amount, (performed, base, additional) => {
        const r = additionalVolume(performed, base, additional);
        return r.ok && r.value >= 0 && r.value <= additional;
      }),
    );
  });
});
