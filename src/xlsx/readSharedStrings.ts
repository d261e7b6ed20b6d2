/**
 * The workbook's shared texts (`xl/sharedStrings.xml`), streamed, keeping only the texts that cells refer
 * to: a part of 200 MB of texts that no cell uses costs the time to read it, not the memory.
 */
import type { ReadBudget } from './readBudget';
import { xmlStream } from './xmlEvents';
import { cellString } from './xmlText';
import type { ZipPackage } from './zipPackage';

export interface SharedTexts {
  /** How many texts the part holds. */
  count: number;
  /** The text of shared-text number `index`, or undefined when the part holds no such text. */
  text(index: number): string | undefined;
}

/**
 * Reads the texts numbered in `wanted` (any order, repeats allowed) from the shared texts part; rich text
 * runs are joined, phonetic guides (`<rPh>`) left out, `_xHHHH_` escapes decoded, each cut to a cell's
 * 32 767 characters.
 *
 * @example
 * const texts = await readSharedStrings(zip, 'xl/sharedStrings.xml', Int32Array.of(0, 12), budget);
 * texts.text(12); // → 'Ortopedi'
 */
export async function readSharedStrings(zip: ZipPackage, part: string, wanted: Int32Array, budget: ReadBudget): Promise<SharedTexts> {
  // Sorted, repeats kept: the walk below steps over them.
  const sorted = wanted.slice().sort();
  // By number: an array, dense for the usual workbook where cells use most texts.
  const kept: string[] = [];
  let next = 0; // position in `sorted` of the next wanted index
  let index = -1;
  let depth = 0; // inside <si>
  let phonetic = 0;
  let inText = false;
  let current = '';
  const xml = xmlStream(part, {
    open(name) {
      if (name === 'si') {
        index += 1;
        depth += 1;
        current = '';
        while (next < sorted.length && sorted[next] < index) next += 1;
      } else if (name === 'rPh' && depth > 0) phonetic += 1;
      else if (name === 't' && depth > 0 && phonetic === 0) inText = sorted[next] === index;
    },
    close(name) {
      if (name === 'si') {
        depth -= 1;
        if (sorted[next] === index) kept[index] = cellString(current);
        current = '';
      } else if (name === 'rPh' && phonetic > 0) phonetic -= 1;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  await zip.streamText(part, (text) => xml.write(text), budget);
  xml.end();
  const count = index + 1;
  return { count, text: (i) => (i < count ? kept[i] : undefined) };
}
