/**
 * The rooms of the code and the ways between them (README, "How the code is organised"): no two folders
 * import each other, even through others; the core imports nothing outside itself but the message types.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { sourceFiles } from '../support/sourceFiles';

const SRC = path.resolve(__dirname, '../../src');

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * A module named by an import or export `from`, a bare import, a dynamic import or a require, in single or
 * double quotes (back quotes too inside the parentheses). Prettier writes single quotes, but a file it has
 * not formatted need not.
 */
const IMPORTED = /\bfrom\s*(['"])([^'"\n]+)\1|\bimport\s*(['"])([^'"\n]+)\3|\b(?:import|require)\s*\(\s*(['"`])([^'"`\n]+)\5/g;

/** The names `text` imports. */
function importedNames(text: string): string[] {
  return [...text.matchAll(IMPORTED)].map((m) => m[2] ?? m[4] ?? m[6]);
}

/** Every relative import of every source file. */
function imports(): { from: string; to: string }[] {
  return sourceFiles(SRC, { tests: true }).flatMap((from) => {
    const text = readFileSync(from, 'utf8');
    return importedNames(text)
      .filter((name) => /^\.{1,2}\//.test(name))
      .flatMap((name) => {
        const to = resolveImport(from, name);
        return to ? [{ from, to }] : [];
      });
  });
}

const folder = (file: string) => path.relative(SRC, path.dirname(file)) || '.';

/** Strongly connected groups of more than one folder (Tarjan): each is an import cycle between folders. */
function folderCycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return cycles;
}

describe('the structure of src/', () => {
  const all = imports();
  // Tests may use a room above the one they test (a table test counting with the workbook's summary).
  const code = all.filter(({ from }) => !/\.test\.tsx?$/.test(from));

  it('sees imports however they are quoted', () => {
    const text = [
      "import { a } from './single';",
      'import type { B } from "../double";',
      "export { c } from './reexport';",
      'import "./sideEffect";',
      'const d = await import(`./dynamic`);',
      "const e = require('react');",
    ].join('\n');
    expect(importedNames(text)).toEqual(['./single', '../double', './reexport', './sideEffect', './dynamic', 'react']);
  });

  it('has no import cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of code) {
      const a = folder(from);
      const b = folder(to);
      if (a === b) continue;
      if (!edges.has(a)) edges.set(a, new Set());
      edges.get(a)!.add(b);
    }
    expect(edges.size).toBeGreaterThan(10);
    expect(folderCycles(edges)).toEqual([]);
  });

  it('keeps the core pure: it imports nothing outside src/core but the message types of src/i18n', () => {
    const outside = code
      .filter(({ from, to }) => folder(from).startsWith('core') && !folder(to).startsWith('core'))
      .map(({ from, to }) => `${path.relative(SRC, from)} → ${path.relative(SRC, to)}`)
      .filter((line) => !line.endsWith('i18n/message.ts'));
    expect(outside).toEqual([]);
    const packages = sourceFiles(path.join(SRC, 'core'))
      .filter((f) => importedNames(readFileSync(f, 'utf8')).some((name) => !name.startsWith('.')))
      .map((f) => path.relative(SRC, f));
    expect(packages).toEqual([]);
  });

  it('lets edges reach the core only through its entry points', () => {
    const deep = code
      .filter(({ from, to }) => !folder(from).startsWith('core') && folder(to).startsWith('core'))
      .filter(({ to }) => !/^core(\/[a-z]+)?\/index\.ts$/.test(path.relative(SRC, to)))
      .map(({ from, to }) => `${path.relative(SRC, from)} → ${path.relative(SRC, to)}`);
    expect(deep).toEqual([]);
  });
});
