import { cellText, foldWords, isBlankCell, labelKey, stripTags } from './cellText';
import type { CellValue } from '../../types';
import { formulaCall, formulaString } from './formulaText';

describe('cell text', () => {
  test('stripTags', () => {
    expect(stripTags('<b>82 605</b>')).toBe('82 605');
    expect(stripTags('<i>Varav uppdrag med avräkning</i>')).toBe('Varav uppdrag med avräkning');
    expect(stripTags('<ul style="list-style-type: none"> <li>a</li> <li>b</li> </ul>')).toBe('a b');
    expect(stripTags('Höft- & knäprotes')).toBe('Höft- & knäprotes');
    expect(stripTags('≤ 8,5% < 9')).toBe('≤ 8,5% < 9');
  });

  test('cellText, foldWords, labelKey, isBlankCell', () => {
    expect(cellText(' <b>Somatik</b>\u00a0')).toBe('Somatik');
    expect(cellText(8100)).toBe('8100');
    expect(cellText({ error: '#REF!' })).toBe('#REF!');
    expect(cellText(null)).toBe('');
    expect(foldWords('Indikator/Uppföljning')).toBe('indikator uppfoljning');
    expect(foldWords('SÄS')).toBe('sas');
    expect(labelKey(' Allmän  kirurgi')).toBe('allmän kirurgi');
    expect(labelKey('Övrig ortopedi')).not.toBe(labelKey('Övriga ögon'));
    expect([null, '', '  ', '<b></b>'].every((v) => isBlankCell(v))).toBe(true);
    expect(([0, '0', false, { error: '#N/A' }] as CellValue[]).some((v) => isBlankCell(v))).toBe(false);
  });
});

describe('formula text', () => {
  test('string literals and omitted arguments', () => {
    expect(formulaString('besök')).toBe('"besök"');
    expect(formulaString('a "b"')).toBe('"a ""b"""');
    expect(formulaCall('F', ['A1', null, 'C1'])).toBe('F(A1,,C1)');
    expect(formulaCall('F', ['A1', null, null])).toBe('F(A1)');
    expect(formulaCall('F', [])).toBe('F()');
  });
});
