/**
 * Evaluates the formulas the task pane writes (=MALKOLL.X(…) with cell references, text, numbers, nested
 * calls, omitted arguments, and =SUM(range)) against a grid of values, calling the built custom functions
 * exactly as Excel would: a reference to an empty cell and an omitted argument arrive as null.
 * Only the grammar our planners emit; anything else throws, so a planner change cannot pass unnoticed.
 */
import { parseA1 } from '../../src/core';
import type { CellValue, Grid } from '../../src/core';
import type { FunctionsBundle } from './functionsHarness';

type Token = { kind: 'name' | 'ref' | 'range' | 'string' | 'number' | '(' | ')' | ','; text: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)|(\$?[A-Z]{1,3}\$?\d+)(?![\w.(])|([A-Z][A-Z0-9_.]*)(?=\()|(-?\d+(?:\.\d+)?)|([(),]))/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < formula.length && (m = re.exec(formula))) {
    pos = re.lastIndex;
    if (m[1]) tokens.push({ kind: 'string', text: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[2]) tokens.push({ kind: 'range', text: m[2] });
    else if (m[3]) tokens.push({ kind: 'ref', text: m[3] });
    else if (m[4]) tokens.push({ kind: 'name', text: m[4] });
    else if (m[5]) tokens.push({ kind: 'number', text: m[5] });
    else tokens.push({ kind: m[6] as '(' | ')' | ',', text: m[6] });
  }
  if (pos !== formula.length) throw new Error(`cannot read formula at "${formula.slice(pos)}"`);
  return tokens;
}

export function evaluateFormula(formula: string, grid: Grid, functions: FunctionsBundle): unknown {
  if (!formula.startsWith('=')) throw new Error(`not a formula: ${formula}`);
  const tokens = tokenize(formula.slice(1));
  let i = 0;
  const cell = (address: string): CellValue => {
    const p = parseA1(address);
    if (!p) throw new Error(`bad reference ${address}`);
    return grid.cells[p.row - grid.top]?.[p.column - grid.left] ?? null;
  };
  const range = (text: string): CellValue[][] => {
    const [a, b] = text.split(':').map((t) => parseA1(t)!);
    const rows: CellValue[][] = [];
    for (let r = a.row; r <= b.row; r++) {
      const row: CellValue[] = [];
      for (let c = a.column; c <= b.column; c++) row.push(grid.cells[r - grid.top]?.[c - grid.left] ?? null);
      rows.push(row);
    }
    return rows;
  };
  const expression = (): unknown => {
    const t = tokens[i++];
    if (!t) throw new Error('formula ends early');
    if (t.kind === 'string') return t.text;
    if (t.kind === 'number') return Number(t.text);
    if (t.kind === 'ref') return cell(t.text);
    if (t.kind === 'range') return range(t.text);
    if (t.kind !== 'name' || tokens[i++]?.kind !== '(') throw new Error(`unexpected ${t.text}`);
    const args: unknown[] = [];
    if (tokens[i]?.kind === ')') i++;
    else {
      for (;;) {
        const next = tokens[i];
        args.push(next?.kind === ',' || next?.kind === ')' ? null : expression());
        const sep = tokens[i++];
        if (sep?.kind === ')') break;
        if (sep?.kind !== ',') throw new Error('expected , or )');
      }
    }
    return call(t.text, args);
  };
  const call = (name: string, args: unknown[]): unknown => {
    if (name === 'SUM') {
      let sum = 0;
      for (const a of args) {
        for (const v of Array.isArray(a) ? (a as unknown[][]).flat() : [a]) {
          if (typeof v === 'object' && v !== null) return v; // an error propagates, as in Excel
          if (typeof v === 'number') sum += v;
        }
      }
      return sum;
    }
    if (!name.startsWith('MALKOLL.')) throw new Error(`unknown function ${name}`);
    // An error argument reaches the function, as Excel hands it over under the metadata's
    // allowErrorForDataTypeAny: TARGET_STATUS reads DIRECTION's #N/A as "no direction known".
    return functions.call(name.slice('MALKOLL.'.length), ...args);
  };
  const value = expression();
  if (i !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return value;
}
