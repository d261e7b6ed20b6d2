import fc from 'fast-check';
import { readOutcome, type OutcomeReading } from './readOutcome';

/** A reading as a short string: "51%|M 60%|K 45%", "19 mnkr", "ambiguous:mixed-units", "text". */
function shape(r: OutcomeReading): string {
  const fig = (f: { value: number; percent: boolean; unit?: string }) =>
    `${Math.round(f.value * (f.percent ? 100 : 1) * 1e6) / 1e6}${f.percent ? '%' : ''}${f.unit ? ` ${f.unit}` : ''}`;
  switch (r.kind) {
    case 'number':
      return fig(r);
    case 'split':
      return [r.total ? fig(r.total) : '-', ...r.parts.map((p) => `${p.label} ${fig(p)}`)].join('|');
    case 'ambiguous':
      return `ambiguous:${r.why}`;
    default:
      return r.kind;
  }
}

describe('readOutcome: outcomes as interim reports write them', () => {
  test.each<[unknown, string]>([
    // Plain figures, as readCell reads them.
    [0.93, '0.93'],
    ['19,3 %', '19.3%'],
    ['6,9 %', '6.9%'],
    ['1 764 kr', '1764'],
    // With a unit or count word.
    ['90st', '90'],
    ['135 st', '135'],
    ['135 st.', '135'],
    ['+19 mnkr', '19 mnkr'],
    ['−2,5 mnkr', '-2.5 mnkr'],
    ['– 4 tkr', '-4 tkr'],
    ['2,3 dagar', '2.3 dagar'],
    ['12 patienter', '12 patienter'],
    ['2,8 per 100 vårdplatser', '2.8'],
    ['245 per 1 000 invånare', '245'],
    ['93 % (prel.)', '93%'],
    ['1 625 (jan–aug)', '1625'],
    ['Utfall: 45 %', '45%'],
    // A total followed by a split.
    ['51 % M: 60 % K:45 %', '51%|M 60%|K 45%'],
    ['51 % (M: 60 %, K: 45 %)', '51%|M 60%|K 45%'],
    ['51 %\nM: 60 %\nK: 45 %', '51%|M 60%|K 45%'],
    ['Totalt 51 %, M 60 %, K 45 %', '51%|M 60%|K 45%'],
    ['135 st M: 40 K: 95', '135|M 40|K 95'],
    ['135 varav K: 95', '135|K 95'],
    ['51 % (60 % män, 45 % kvinnor)', '51%|män 60%|kvinnor 45%'],
    // A split alone.
    ['M:53 % K:53 %', '-|M 53%|K 53%'],
    ['M: 135 K: 203', '-|M 135|K 203'],
    ['M 135 och K 203', '-|M 135|K 203'],
    ['SU: 76 NU: 16', '-|SU 76|NU 16'],
    ['SU: 76 st, SÄS: 16 st', '-|SU 76|SÄS 16'],
    ['Sjukhusen i väster: 14 SU: 76', '-|Sjukhusen i väster 14|SU 76'],
    ['Region Halland: 5 Region Skåne: 7', '-|Region Halland 5|Region Skåne 7'],
    ['60 % män, 45 % kvinnor', '-|män 60%|kvinnor 45%'],
    ['K: 45 %', '-|K 45%'],
    // English notation.
    ['51.5% M: 60.2% W: 45.1%', '51.5%|M 60.2%|W 45.1%'],
    ['1,234.5 M: 1,000.5 K: 234.0', '1234.5|M 1000.5|K 234'],
    ['Total 51%, men 60%, women 45%', '51%|men 60%|women 45%'],
  ])('%j → %s', (cell, expected) => {
    expect(shape(readOutcome(cell))).toBe(expected);
  });

  test.each<[string, string]>([
    ['M: 53 % K: 47 % M: 135 K: 203', 'ambiguous:repeated-group'],
    ['M: 53 % K: 203', 'ambiguous:mixed-units'],
    ['135 st M: 40 % K: 60 %', 'ambiguous:mixed-units'],
    ['M: 2 dagar K: 3 veckor', 'ambiguous:mixed-units'],
    ['45 % 52 %', 'ambiguous:unlabelled-figures'],
    ['2 447 2 465', 'ambiguous:unlabelled-figures'],
    ['M: 60 % 45 %', 'ambiguous:unlabelled-figures'],
    ['Totalt 51 % totalt 52 %', 'ambiguous:repeated-group'],
  ])('%j is ambiguous: said, not guessed', (cell, expected) => {
    expect(shape(readOutcome(cell))).toBe(expected);
  });

  test.each<[unknown, string]>([
    ['Under utredning', 'text'],
    ['Bearbetas', 'text'],
    ['Ej mätt', 'text'],
    ['Resultat för 2023 kommer i jan', 'text'],
    ['M: saknas K: 45 %', 'text'],
    ['2025-06-30', 'text'],
    ['80–90 %', 'text'],
    ['F11.2', 'text'],
    ['Ja', 'text'],
    ['', 'blank'],
    [null, 'blank'],
    ['-', 'placeholder'],
    [{ error: '#N/A' }, 'error'],
    [true, 'boolean'],
    [[[1, 2]], 'text'],
  ])('%j holds no outcome to judge (%s)', (cell, kind) => {
    expect(readOutcome(cell).kind).toBe(kind);
  });
});

/** A figure as Swedish ("1 234,5") or English ("1,234.5") notation writes it, with the value it stands for. */
const figure = fc.record({ whole: fc.integer({ min: 0, max: 99_999 }), tenths: fc.integer({ min: 0, max: 9 }), decimal: fc.boolean() });

/** The figure written, and the value it stands for. */
function written(f: { whole: number; tenths: number; decimal: boolean }, english: boolean): { text: string; value: number } {
  const digits = String(f.whole);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, english ? ',' : ' ');
  // English "1,234" alone would be a decimal comma (Swedish first): English figures of thousands carry decimals.
  const decimal = f.decimal || (english && f.whole >= 1000);
  return decimal ? { text: `${grouped}${english ? '.' : ','}${f.tenths}`, value: f.whole + f.tenths / 10 } : { text: grouped, value: f.whole };
}

describe('readOutcome: properties', () => {
  test('never throws, on any text or value', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc
        .array(
          fc.constantFrom('M:', 'K:', 'SU', '51', '%', ' ', ',', '(', ')', '+', '−', 'st', 'per', '1 000', 'och', 'Totalt', '.', ':', '-', '9'.repeat(50)),
          { maxLength: 20 },
        )
        .map((w) => w.join(' ')),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.anything(),
    );
    fc.assert(
      fc.property(anyValue, (v) => {
        const r = readOutcome(v);
        expect(typeof r.kind).toBe('string');
        if (r.kind === 'number') expect(Number.isFinite(r.value)).toBe(true);
        if (r.kind === 'split') for (const p of [r.total, ...r.parts]) if (p) expect(Number.isFinite(p.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('reads back "X % M: Y % K: Z %" written in Swedish or English notation', () => {
    fc.assert(
      fc.property(
        figure,
        figure,
        figure,
        fc.boolean(),
        fc.constantFrom(' ', ''),
        fc.constantFrom(' ', ', ', '\n'),
        (fx, fy, fz, english, colonSpace, between) => {
          const [x, y, z] = [fx, fy, fz].map((f) => written(f, english));
          const pct = english ? '%' : ' %';
          const text = `${x.text}${pct}${between}M:${colonSpace}${y.text}${pct}${between}K:${colonSpace}${z.text}${pct}`;
          const r = readOutcome(text);
          expect(r.kind).toBe('split');
          if (r.kind !== 'split') return;
          expect(r.total?.value).toBeCloseTo(x.value / 100, 9);
          expect(r.parts.map((p) => p.key)).toEqual(['m', 'k']);
          expect(r.parts[0].value).toBeCloseTo(y.value / 100, 9);
          expect(r.parts[1].value).toBeCloseTo(z.value / 100, 9);
          expect([r.total, ...r.parts].every((f) => f?.percent)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('readOutcome: remembered', () => {
  test('the same text gives the same reading, read once', () => {
    const a = readOutcome('51 % M: 60 % K:45 %');
    expect(readOutcome('51 % M: 60 % K:45 %')).toBe(a);
    expect(readOutcome(' 51 % M: 60 % K:45 % ')).toEqual(a);
  });
});
