/** The built metadata against docs/functions.md: ids, names in both languages, parameters, shapes. */
import * as fs from 'fs';
import * as path from 'path';
import { loadFunctionsBundle, readMetadata } from '../support/functionsHarness';

/** The functions' table (README, docs/functions.md): id, Swedish name, parameters ([x] optional) in English and in Swedish Excel. */
const CONTRACT: [string, string, string[], string[]][] = [
  ['FULFILMENT', 'MÅLUPPFYLLELSE', ['outcome', 'plan', '[month]', '[profile]'], ['utfall', 'plan', '[månad]', '[profil]']],
  ['ADDITIONAL_VOLUME', 'TILLÄGGSVOLYM', ['performed', 'base', 'additional'], ['utfört', 'bas', 'tillägg']],
  ['REIMBURSEMENT', 'TILLÄGGSERSÄTTNING', ['performed', 'base', 'additional', 'price'], ['utfört', 'bas', 'tillägg', 'pris']],
  ['UNIT_PRICE', 'STYCKPRIS', ['kind', '[hospital]', '[price_table]'], ['typ', '[sjukhus]', '[pristabell]']],
  ['TARGET_MET', 'MÅLUPPFYLLT', ['outcome', 'target', '[reference]', '[group]', '[direction]'], ['utfall', 'mål', '[referens]', '[grupp]', '[riktning]']],
  [
    'TARGET_STATUS',
    'MÅLSTATUS',
    ['outcome', 'target', '[reference]', '[group]', '[direction]', '[tolerance]', '[labels]'],
    ['utfall', 'mål', '[referens]', '[grupp]', '[riktning]', '[tolerans]', '[teckenförklaring]'],
  ],
  [
    'DEVELOPMENT',
    'UTVECKLING',
    ['outcome', 'reference', '[direction]', '[band]', '[labels]'],
    ['utfall', 'referens', '[riktning]', '[intervall]', '[teckenförklaring]'],
  ],
  ['TARGET_EXPLAIN', 'TOLKA_MÅL', ['target', '[group]', '[direction]'], ['mål', '[grupp]', '[riktning]']],
  ['DIRECTION', 'RIKTNING', ['indicator'], ['indikator']],
  ['NUMBER', 'TAL', ['text'], ['text']],
  ['VOLUME_CHECK', 'KONTROLLERA_VOLYM', ['total', 'base', 'additional'], ['uppdrag', 'bas', 'tillägg']],
  ['VALIDATE_VOLUMES', 'VALIDERA_VOLYMER', ['table'], ['tabell']],
  ['CHECK_TABLE', 'KONTROLLERA_TABELL', ['table'], ['tabell']],
];
const IDS = CONTRACT.map(([id]) => id);

const en = readMetadata('functions.json');
const sv = readMetadata('functions.sv.json');

describe('functions.json and functions.sv.json', () => {
  it('every id of the contract is associated by the bundle, and nothing else', () => {
    const bundle = loadFunctionsBundle();
    expect([...bundle.associated].sort()).toEqual([...IDS].sort());
  });

  it('both files have the contract’s ids in the same order', () => {
    expect(en.map((f) => f.id).sort()).toEqual([...IDS].sort());
    expect(sv.map((f) => f.id)).toEqual(en.map((f) => f.id));
  });

  it.each(CONTRACT)('%s is %s in Swedish Excel and itself in English Excel, with the contract’s parameters', (id, svName, params, svParams) => {
    const e = en.find((f) => f.id === id)!;
    const s = sv.find((f) => f.id === id)!;
    expect(e.name).toBe(id);
    expect(s.name).toBe(svName);
    const shown = (f: typeof e) => f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(shown(e)).toEqual(params);
    expect(shown(s)).toEqual(svParams);
    expect(s.parameters.map((p) => p.type)).toEqual(e.parameters.map((p) => p.type));
    for (const f of [e, s]) {
      expect(f.description?.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(3);
    }
    // The Swedish file says it in Swedish, not a copy of the English.
    expect(s.description).not.toBe(e.description);
    s.parameters.forEach((p, i) => expect(p.description).not.toBe(e.parameters[i].description));
  });

  it('ranges are matrices and VALIDATE_VOLUMES and CHECK_TABLE spill', () => {
    const param = (id: string, name: string) => en.find((f) => f.id === id)!.parameters.find((p) => p.name === name)!;
    expect(param('FULFILMENT', 'profile').dimensionality).toBe('matrix');
    expect(param('UNIT_PRICE', 'price_table').dimensionality).toBe('matrix');
    expect(param('VALIDATE_VOLUMES', 'table').dimensionality).toBe('matrix');
    expect(en.find((f) => f.id === 'VALIDATE_VOLUMES')!.result.dimensionality).toBe('matrix');
    expect(param('CHECK_TABLE', 'table').dimensionality).toBe('matrix');
    expect(en.find((f) => f.id === 'CHECK_TABLE')!.result.dimensionality).toBe('matrix');
    // Number-or-text arguments must reach the function unconverted, or Excel would refuse "8 100".
    expect(param('FULFILMENT', 'outcome').type).toBe('any');
    expect(param('NUMBER', 'text').type).toBe('any');
  });

  it('the Swedish source file describes exactly the generated parameters', () => {
    const source = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/functions/functions.sv.json'), 'utf8')) as Record<
      string,
      { parameters: Record<string, string> }
    >;
    for (const f of en) expect(Object.keys(source[f.id].parameters)).toEqual(f.parameters.map((p) => p.name));
  });
});

describe("the table functions' help", () => {
  it("asks for the table's range, not whole columns, in both languages (Excel on the web cannot pass A:D: office-js 4613, 4654)", () => {
    for (const [file, words] of [
      ['functions.json', /not whole columns/],
      ['functions.sv.json', /inte hela kolumner/],
    ] as const) {
      for (const id of ['VALIDATE_VOLUMES', 'CHECK_TABLE']) {
        const f = readMetadata(file).find((m) => m.id === id)!;
        expect(f.parameters[0].description).toMatch(words);
      }
    }
  });
});
