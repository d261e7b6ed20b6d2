/** Every text the pane asks for is in the catalogue, in Swedish and English, with the same placeholders. */
import * as fs from 'fs';
import { catalog } from '../i18n/catalog';
import { paneMessages } from '../i18n/catalog/pane';
import { sourceFiles } from '../../test/support/sourceFiles';

const sources = (dir: string) => sourceFiles(dir);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the pane's texts", () => {
  it('names only keys the catalogue has (a plural base needs .one and .other; a template prefix needs some key)', () => {
    const used = new Set<string>();
    for (const file of sources(__dirname)) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/['`](pane\.[\w.-]*)/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => {
      if (catalog[key]) return false;
      if (catalog[`${key}.one`] && catalog[`${key}.other`]) return false;
      if (key.endsWith('.')) return !Object.keys(catalog).some((k) => k.startsWith(key));
      return true;
    });
    expect(missing).toEqual([]);
  });

  it('has Swedish and English for every key, with the same placeholders', () => {
    for (const [key, texts] of Object.entries(paneMessages)) {
      expect([key, texts.sv.length > 0, texts.en.length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(texts.sv)]).toEqual([key, placeholders(texts.en)]);
    }
  });

  it('has a month name for each month and a text for each price kind the pane shows', () => {
    for (let m = 1; m <= 12; m++) expect((paneMessages as Record<string, unknown>)[`pane.month.${m}`]).toBeDefined();
    for (const kind of ['besök', 'behandling', 'koloskopi', 'gastroskopi', 'by-row-name', 'none'])
      expect((paneMessages as Record<string, unknown>)[`pane.calc.kind.${kind}`]).toBeDefined();
    for (const s of ['error', 'warning']) expect((paneMessages as Record<string, unknown>)[`pane.severity.${s}`]).toBeDefined();
  });
});
