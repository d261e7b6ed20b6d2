/**
 * `*` and `?` in file names, for shells that do not expand them (Windows' cmd and PowerShell pass
 * `inkommet\*.xlsx` to the program as it is). Only the last part of a path may hold wildcards.
 */
import { readdirSync } from 'fs';
import path from 'path';
import { pushAll } from '../core';

/**
 * Expands each argument with `*` or `?` in its file name to the matching files, sorted; an argument
 * without wildcards, or whose pattern matches nothing, is kept as it is (so it is reported as missing).
 *
 * @example
 * expandWildcards(['inkommet/*.xlsx', 'extra.xlsx']);
 * // → ['inkommet/NU.xlsx', 'inkommet/SV.xlsx', 'extra.xlsx']
 */
export function expandWildcards(args: readonly string[], listDir: (dir: string) => string[] = safeList): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const base = path.basename(arg);
    if (!/[*?]/.test(base) || /[*?]/.test(path.dirname(arg))) {
      out.push(arg);
      continue;
    }
    const dir = path.dirname(arg);
    const matches = listDir(dir)
      .filter((name) => matchesWildcard(base, name))
      .sort((a, b) => a.localeCompare(b, 'sv'))
      .map((name) => (dir === '.' && !arg.startsWith('.') ? name : path.join(dir, name)));
    pushAll(out, matches.length > 0 ? matches : [arg]);
  }
  return out;
}

/**
 * Whether `name` matches `pattern` (`*` any run of characters, `?` one), ignoring case: file names on
 * Windows and macOS are case-insensitive, and people write *.XLSX and *.xlsx alike. Greedy matching
 * that returns only to the last `*`: time proportional to the lengths' product at worst, never the
 * exponential backtracking a regular expression built from the pattern can take ("*a*a*a*a*b").
 *
 * @example
 * matchesWildcard('S?.xlsx', 'SV.XLSX') // → true
 * matchesWildcard('*.xlsx', 'a.xls')    // → false
 */
export function matchesWildcard(pattern: string, name: string): boolean {
  const p = Array.from(pattern.toLowerCase());
  const n = Array.from(name.toLowerCase());
  let pi = 0;
  let ni = 0;
  let star = -1;
  let resume = 0;
  while (ni < n.length) {
    if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === n[ni]))) {
      pi += 1;
      ni += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      pi += 1;
      resume = ni;
    } else if (star >= 0) {
      pi = star + 1;
      resume += 1;
      ni = resume;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
