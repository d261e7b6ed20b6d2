import { readDirection } from './readDirection';

describe('readDirection', () => {
  test.each<[unknown, 'higher' | 'lower' | null]>([
    ['Högre är bättre', 'higher'],
    ['högre', 'higher'],
    ['HÖGRE', 'higher'],
    ['higher', 'higher'],
    ['Higher is better', 'higher'],
    ['≥', 'higher'],
    ['>=', 'higher'],
    ['↑', 'higher'],
    ['Lägre är bättre', 'lower'],
    ['lägre', 'lower'],
    ['lower', 'lower'],
    ['≤', 'lower'],
    ['↓', 'lower'],
    [' Lägre  ', 'lower'],
    ['Bättre om lägre', null],
    ['→', null],
    ['', null],
    [null, null],
    [undefined, null],
    [1, null],
    [true, null],
    [{ error: '#N/A' }, null],
  ])('%j → %s', (v, expected) => {
    expect(readDirection(v)).toBe(expected);
  });
});
