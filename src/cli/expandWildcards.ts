/**
 * `*` and `?` in file names, for shells that do not expand them (Windows' cmd and PowerShell pass
 * `inkommet\*.xlsx` to the program as it is). Only the last part of a path may hold wildcards.
 */
import { readdirSync } from 'fs';
import path from 'path';

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
    const pattern = wildcardPattern(base);
    const matches = listDir(dir)
      .filter((name) => pattern.test(name))
      .sort((a, b) => a.localeCompare(b, 'sv'))
      .map((name) => (dir === '.' && !arg.startsWith('.') ? name : path.join(dir, name)));
    out.push(...(matches.length > 0 ? matches : [arg]));
  }
  return out;
}

function wildcardPattern(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  // File names on Windows and macOS are case-insensitive, and people write *.XLSX and *.xlsx alike.
  return new RegExp(`^${source}$`, 'i');
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
