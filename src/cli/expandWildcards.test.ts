import path from 'path';
import { expandWildcards, matchesWildcard } from './expandWildcards';

const listing: Record<string, string[]> = {
  inkommet: ['SV.xlsx', 'NU.XLSX', 'SKAS.xlsx', 'läsmig.txt', 'ÄLV.xlsx'],
  '.': ['a.xlsx', 'b.xls'],
};
const list = (dir: string): string[] => listing[dir] ?? [];

describe('expandWildcards', () => {
  it('expands * and ? in the file name, sorted as Swedish sorts', () => {
    expect(expandWildcards(['inkommet/*.xlsx'], list)).toEqual(['NU.XLSX', 'SKAS.xlsx', 'SV.xlsx', 'ÄLV.xlsx'].map((n) => path.join('inkommet', n)));
    expect(expandWildcards(['inkommet/S?.xlsx'], list)).toEqual([path.join('inkommet', 'SV.xlsx')]);
    expect(expandWildcards(['*.xlsx'], list)).toEqual(['a.xlsx']);
  });

  it('keeps names without wildcards and patterns that match nothing as they are', () => {
    expect(expandWildcards(['a.xlsx', 'saknas/*.xlsx', 'inkommet/*.pdf'], list)).toEqual(['a.xlsx', 'saknas/*.xlsx', 'inkommet/*.pdf']);
  });

  it('treats other special characters literally', () => {
    expect(expandWildcards(['(*).xlsx'], () => ['(1).xlsx', 'x1.xlsx'])).toEqual(['(1).xlsx']);
  });
});

describe('matchesWildcard', () => {
  it('matches * and ? without regard to case', () => {
    expect(matchesWildcard('S?.xlsx', 'SV.XLSX')).toBe(true);
    expect(matchesWildcard('*.xlsx', 'a.xls')).toBe(false);
    expect(matchesWildcard('*', '')).toBe(true);
    expect(matchesWildcard('a*b*c', 'aXbYc')).toBe(true);
    expect(matchesWildcard('a*b*c', 'aXbYd')).toBe(false);
    expect(matchesWildcard('ä*', 'ÄLV.xlsx')).toBe(true);
  });

  it('answers at once a pattern that would backtrack for ages as a regular expression', () => {
    // As a regular expression, ^.*a.*a…a.*b$ against 200 a's backtracks through more combinations than
    // could be tried in a lifetime; matched greedily it is 61 × 200 steps at most. A slow answer here
    // fails the test by its time-out.
    expect(matchesWildcard(`${'*a'.repeat(30)}*b`, 'a'.repeat(200))).toBe(false);
    expect(matchesWildcard(`${'*a'.repeat(30)}*`, 'a'.repeat(200))).toBe(true);
  });
});
