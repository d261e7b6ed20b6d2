import path from 'path';
import { expandWildcards } from './expandWildcards';

const listing: Record<string, string[]> = {
  inkommet: ['SV.xlsx', 'NU.XLSX', 'SKAS.xlsx', 'läsmig.txt', 'ÄLV.xlsx'],
  '.': ['a.xlsx', 'b.xls'],
};
const list = (dir: string): string[] => listing[dir] ?? [];

describe('expandWildcards', () => {
  it('expands * and ? in the file name, sorted as Swedish sorts', () => {
    expect(expandWildcards(['inkommet/*.xlsx'], list)).toEqual(
      ['NU.XLSX', 'SKAS.xlsx', 'SV.xlsx', 'ÄLV.xlsx'].map((n) => path.join('inkommet', n)),
    );
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
