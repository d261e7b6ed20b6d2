/** The project's source files under a folder, for tests that read the code itself. */
import { existsSync, readdirSync } from 'fs';
import path from 'path';

/**
 * Every .ts / .tsx file under `dir` (recursively), tests left out unless asked for.
 *
 * @example
 * sourceFiles('src/taskpane') // → ['src/taskpane/App.tsx', 'src/taskpane/excel/marks.ts', …]
 */
export function sourceFiles(dir: string, options: { tests?: boolean; tsx?: boolean } = {}): string[] {
  if (!existsSync(dir)) return [];
  const ext = options.tsx === false ? /\.ts$/ : /\.tsx?$/;
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full, options);
    if (!ext.test(entry.name) || entry.name.endsWith('.d.ts')) return [];
    return options.tests || !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
