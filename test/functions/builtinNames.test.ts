/**
 * No id or name of ours may be the name of an Excel built-in function, in English or Swedish Excel: a custom
 * function named like a built-in (PRICE, PRIS) is ambiguous to Excel, and Microsoft's naming guidance
 * forbids it in any language.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readMetadata } from '../support/functionsHarness';

const OFFICE_TYPES = path.resolve(__dirname, '..', '..', 'node_modules', '@types', 'office-js', 'index.d.ts');

/**
 * English built-in names from the methods of `Excel.Functions` in @types/office-js (one method per worksheet
 * function: `price(` is PRICE, `norm_Dist(` is NORM.DIST).
 */
function englishBuiltins(): Set<string> {
  const text = fs.readFileSync(OFFICE_TYPES, 'utf8');
  const start = text.indexOf('\n    class Functions extends OfficeExtension.ClientObject {');
  if (start < 0) throw new Error('class Excel.Functions not found in @types/office-js');
  const end = text.indexOf('\n    }\n', start);
  const methods = [...text.slice(start, end).matchAll(/^ {8}([A-Za-z][A-Za-z0-9_]*)\(/gm)].map((m) => m[1]);
  const names = new Set<string>();
  for (const m of methods) {
    if (m === 'load' || m === 'toJSON') continue;
    names.add(m.toUpperCase().replace(/_/g, '.'));
    names.add(m.toUpperCase());
  }
  return names;
}

/**
 * Swedish built-in names are not in @types/office-js. These are the names Swedish Excel shows (as Microsoft's
 * Swedish help and function lists write them), chosen for being words our Swedish names could come close to:
 * prices, sums, counts, rounding, text, values, numbers, dates and the logical functions.
 */
const SWEDISH_BUILTINS = [
  'PRIS',
  'PRIS.DISK',
  'PRIS.FÖRFALL',
  'SUMMA',
  'SUMMA.OM',
  'SUMMA.OMF',
  'DELSUMMA',
  'PRODUKTSUMMA',
  'OM',
  'OMFEL',
  'ANTAL',
  'ANTALV',
  'ANTAL.OM',
  'ANTAL.TOMMA',
  'MEDEL',
  'MEDEL.OM',
  'MEDIAN',
  'MIN',
  'MAX',
  'AVRUNDA',
  'AVRUNDA.UPPÅT',
  'AVRUNDA.NEDÅT',
  'AVKORTA',
  'HELTAL',
  'REST',
  'PRODUKT',
  'ROT',
  'TEXT',
  'TEXTNUM',
  'VÄRDE',
  'FASTTAL',
  'VALUTA',
  'LÄNGD',
  'VÄNSTER',
  'HÖGER',
  'EXTEXT',
  'RENSA',
  'VERSALER',
  'GEMENER',
  'SAMMANFOGA',
  'HITTA',
  'SÖK',
  'BYT.UT',
  'OCH',
  'ELLER',
  'ICKE',
  'SANT',
  'FALSKT',
  'ÄRTAL',
  'ÄRTEXT',
  'ÄRTOM',
  'ÄRFEL',
  'SAKNAS',
  'LETARAD',
  'LETAKOLUMN',
  'PASSA',
  'INDEX',
  'VÄLJ',
  'RAD',
  'KOLUMN',
  'IDAG',
  'NU',
  'DATUM',
  'ÅR',
  'MÅNAD',
  'DAG',
  'BETALNING',
  'RÄNTA',
  'NUVÄRDE',
  'SLUTVÄRDE',
  'RANG',
  'PERCENTIL',
  'KVARTIL',
  'STDAV',
  'ABS',
  'N',
  'T',
];

describe("our function names and Excel's own", () => {
  const english = englishBuiltins();
  const en = readMetadata('functions.json');
  const sv = readMetadata('functions.sv.json');
  const ours = [...new Set([...en.map((f) => f.id), ...en.map((f) => f.name), ...sv.map((f) => f.name)])];

  it("reads Excel's built-ins from @types/office-js, PRICE among them", () => {
    expect(english.size).toBeGreaterThan(300);
    for (const name of ['PRICE', 'SUM', 'NUMBERVALUE', 'NORM.DIST', 'TEXT', 'VALUE']) expect(english).toContain(name);
  });

  it('has ids and English names that are no English built-in', () => {
    expect(ours.filter((n) => english.has(n.toUpperCase()))).toEqual([]);
  });

  it('has names that are no Swedish built-in', () => {
    const swedish = new Set(SWEDISH_BUILTINS.map((n) => n.toUpperCase()));
    expect(ours.filter((n) => swedish.has(n.toUpperCase()))).toEqual([]);
  });

  it("calls the price function UNIT_PRICE and STYCKPRIS, not Excel's PRICE and PRIS", () => {
    expect(en.find((f) => f.id === 'UNIT_PRICE')?.name).toBe('UNIT_PRICE');
    expect(sv.find((f) => f.id === 'UNIT_PRICE')?.name).toBe('STYCKPRIS');
    expect(ours).not.toContain('PRICE');
    expect(ours).not.toContain('PRIS');
  });
});
