/**
 * The catalogue split by language at build time (scripts/catalog-loader.js, src/i18n/catalog/browser.ts):
 * each language's chunk holds exactly that language's texts of its area, every area is either loaded at once
 * or by language, and the pane page carries neither the command line's texts nor the other language's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { catalogAreas } from '../../src/i18n/catalog';
import { builtChunk } from '../support/functionsHarness';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { areaTexts } = require('../../scripts/catalog-loader.js') as { areaTexts: (file: string, lang: 'sv' | 'en') => Record<string, string> };

/** Each area is one file, src/i18n/catalog/<area>.ts, with both languages side by side. */
const areaFile = (area: string) => path.join(ROOT, 'src', 'i18n', 'catalog', `${area}.ts`);

describe('the catalogue by language', () => {
  it.each(Object.keys(catalogAreas))('builds each language of %s from the same file, text for text', (area) => {
    const source = areaFile(area);
    for (const lang of ['sv', 'en'] as const) {
      const expected = Object.fromEntries(
        Object.entries(catalogAreas[area as keyof typeof catalogAreas]).map(([k, v]) => [k, (v as { sv: string; en: string })[lang]]),
      );
      expect(areaTexts(source, lang)).toEqual(expected);
    }
  });

  it('loads every area of the catalogue in the built pages: at once (the functions need it) or by language', () => {
    const browser = fs.readFileSync(path.join(ROOT, 'src', 'i18n', 'catalog', 'browser.ts'), 'utf8');
    const atOnce = [...browser.matchAll(/import \{ \w+ \} from '\.\/(\w+)';/g)].map((m) => m[1]);
    const lazy = [...browser.matchAll(/import\([^)]*'\.\/(\w+)\?lang=sv'\)/g)].map((m) => m[1]);
    expect(atOnce.length).toBeGreaterThan(0);
    // pane.ts spreads paneWrites.ts, whose texts come with the pane's.
    for (const area of Object.keys(catalogAreas)) expect([area, atOnce.includes(area) || lazy.includes(area)]).toEqual([area, true]);
  });

  it("ships the pane page without the command line's texts or the other language, which come by language", () => {
    for (const file of ['functions.js', 'taskpane.js', builtChunk('texts-pane-sv'), builtChunk('texts-pane-en'), builtChunk('texts-cli-sv')]) {
      if (!fs.existsSync(path.join(DIST, file))) throw new Error(`dist/${file} is missing: run npm run build first`);
    }
    const page = ['functions.js', 'taskpane.js'].map((f) => fs.readFileSync(path.join(DIST, f), 'utf8')).join('\n');
    const usageSv = catalogAreas.cli['cli.usage'].sv.split('\n')[0];
    for (const text of [usageSv, catalogAreas.pane['pane.action.mark'].sv, catalogAreas.pane['pane.action.mark'].en]) {
      expect([text, page.includes(text)]).toEqual([text, false]);
    }
    const sv = fs.readFileSync(path.join(DIST, builtChunk('texts-pane-sv')), 'utf8');
    expect(sv).toContain(catalogAreas.pane['pane.action.mark'].sv);
    expect(sv).not.toContain(catalogAreas.pane['pane.action.mark'].en);
    // The functions' own texts stay in functions.js, in both languages: Excel may load it alone.
    expect(page).toContain(catalogAreas.functions['function.status.met'].sv);
    expect(page).toContain(catalogAreas.functions['function.status.met'].en);
  });
});
