/**
 * The arguments that shape how a status or a development is shown: the tolerance for partly met, the band
 * for unchanged, and a legend (the symbols or words a region writes instead of Målkoll's words).
 */
import { readCell } from '../numbers/readCell';
import { quoteReading } from '../numbers/toNumber';
import { fail, ok, type MessageKey, type Result } from '../types';

/**
 * A fraction from 0 to 1 (a number, or text such as "10 %"), or undefined when blank.
 *
 * @example
 * readFraction('10 %', 'arg.tolerance') // ok(0.1)
 * readFraction(null, 'arg.tolerance')   // ok(undefined)
 * readFraction(1.5, 'arg.tolerance')    // fail('value', 'target.fraction.range', …) "Tolerans ska vara mellan 0 och 100 %, inte 150 %"
 */
export function readFraction(raw: unknown, what: MessageKey): Result<number | undefined> {
  const r = readCell(raw);
  if (r.kind === 'blank') return ok(undefined);
  if (r.kind !== 'number') return fail('value', 'number.notANumber', { what: { message: { key: what } }, text: quoteReading(r) });
  if (r.value < 0 || r.value > 1) return fail('value', 'target.fraction.range', { what: { message: { key: what } }, value: { percent: r.value } });
  return ok(r.value);
}

/**
 * A legend: `count` cells, in order, whose texts replace Målkoll's words (■ ● ▲ ◆ for met, partly, missed,
 * not assessable; ↑ → ↓ for better, unchanged, worse). Null when omitted or blank; a blank cell keeps the word.
 *
 * @example
 * readLegend([['■'], ['●'], ['▲'], ['◆']], 4) // ok(['■', '●', '▲', '◆'])
 * readLegend([['■', '●']], 4)                 // fail('value', 'target.legend.size', { cells: 2, count: 4 })
 */
export function readLegend(raw: unknown, count: number): Result<(string | null)[] | null> {
  if (raw === null || raw === undefined) return ok(null);
  const cells = Array.isArray(raw) ? (raw as unknown[]).flat() : [raw];
  const texts = cells.map((c) => {
    const r = readCell(c);
    if (r.kind === 'blank') return null;
    if (r.kind === 'text' || r.kind === 'placeholder') return r.text;
    if (r.kind === 'number') return String(r.value);
    return null;
  });
  if (texts.every((t) => t === null)) return ok(null);
  if (texts.length !== count) return fail('value', 'target.legend.size', { cells: texts.length, count });
  return ok(texts);
}
