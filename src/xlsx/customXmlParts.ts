/**
 * The package's custom XML parts (customXml/item1.xml …), where Excel keeps what add-ins store with
 * `workbook.customXmlParts` and where Målkoll keeps its stamp. A custom XML part is the target of a
 * relationship of type …/customXml from the workbook part (ECMA-376 Part 1, "Custom XML Data Storage Part");
 * LibreOffice, saving a workbook again, keeps the part but relates it from the package instead (measured with
 * LibreOffice 7.4), so both are followed. Each part is read whole, up to a size no stamp comes near; what
 * cannot be read is said, not thrown: a workbook is never unreadable for its custom XML.
 */
import type { Message } from '../core';
import type { ReadBudget } from './readBudget';
import { damaged, DamagedPart } from './readProblem';
import { resolveTarget } from './workbookStructure';
import { xmlStream } from './xmlEvents';
import { partKey, type ZipPackage } from './zipPackage';

/** A custom XML part's text, or why it could not be read (and whether what was read of it names `marker`). */
export type CustomXmlPart = { part: string; text: string } | { part: string; problem: Message; mentions: boolean };

/** Characters of one custom XML part read at most: a stamp of 20 000 row digests is about 270 000. */
export const MAX_CUSTOM_XML_CHARS = 4_000_000;
/** Custom XML parts read at most; a workbook holds a handful (SharePoint's metadata, an add-in's settings). */
const MAX_CUSTOM_XML_PARTS = 64;
const PACKAGE_RELS = '_rels/.rels';

/**
 * Reads the custom XML parts the package relates. `marker` is text (a namespace) whose presence in a part
 * that could not be read is reported, so that a damaged stamp is not taken for no stamp.
 *
 * @example
 * await readCustomXmlParts(zip, budget, 'urn:malkoll:stamp');
 * // → [{ part: 'customXml/item1.xml', text: '<?xml …?><stamp xmlns="urn:malkoll:stamp:1" …' }]
 */
export async function readCustomXmlParts(zip: ZipPackage, budget: ReadBudget, marker: string): Promise<CustomXmlPart[]> {
  const fromPackage = await relationships(zip, PACKAGE_RELS, budget);
  const targets = customXmlTargets(fromPackage, '');
  const workbook = workbookPart(fromPackage);
  if (workbook) for (const target of customXmlTargets(await relationships(zip, workbook.rels, budget), workbook.folder)) targets.push(target);
  const seen = new Set<string>();
  const parts: CustomXmlPart[] = [];
  for (const part of targets) {
    const key = partKey(part);
    if (seen.has(key) || !zip.has(part)) continue;
    seen.add(key);
    if (parts.length >= MAX_CUSTOM_XML_PARTS) break;
    parts.push(await readPart(zip, part, budget, marker));
  }
  return parts;
}

/**
 * The workbook part the package names, with its folder and its relationships' part; null when it names none.
 *
 * @example
 * await findWorkbookPart(zip, budget) // → { part: 'xl/workbook.xml', folder: 'xl/', rels: 'xl/_rels/workbook.xml.rels' }
 */
export async function findWorkbookPart(zip: ZipPackage, budget: ReadBudget): Promise<{ part: string; folder: string; rels: string } | null> {
  return workbookPart(await relationships(zip, PACKAGE_RELS, budget));
}

function workbookPart(fromPackage: readonly Relationship[]): { part: string; folder: string; rels: string } | null {
  const office = fromPackage.find((r) => r.type.endsWith('/officeDocument') && !r.external);
  if (!office) return null;
  const part = resolveTarget('', office.target);
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash + 1);
  return { part, folder, rels: `${folder}_rels/${part.slice(slash + 1)}.rels` };
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

async function relationships(zip: ZipPackage, part: string, budget: ReadBudget): Promise<Relationship[]> {
  if (!zip.has(part)) return [];
  const found: Relationship[] = [];
  try {
    const xml = xmlStream(part, {
      open(name, a) {
        if (name === 'Relationship') found.push({ type: a.Type ?? '', target: a.Target ?? '', external: (a.TargetMode ?? '').toLowerCase() === 'external' });
      },
    });
    await zip.streamText(part, (text) => xml.write(text), budget);
    xml.end();
  } catch (error) {
    // The workbook's structure was read from these same parts; damage here is no custom XML to read.
    if (error instanceof DamagedPart) return [];
    throw error;
  }
  return found;
}

function customXmlTargets(rels: readonly Relationship[], folder: string): string[] {
  return rels.filter((r) => !r.external && /\/relationships\/customXml$/i.test(r.type)).map((r) => resolveTarget(folder, r.target));
}

async function readPart(zip: ZipPackage, part: string, budget: ReadBudget, marker: string): Promise<CustomXmlPart> {
  let text = '';
  try {
    await zip.streamText(
      part,
      (piece) => {
        if (text.length + piece.length > MAX_CUSTOM_XML_CHARS) {
          text += piece.slice(0, 4096);
          throw damaged('stamp.unreadable.tooLarge', { part });
        }
        text += piece;
      },
      budget,
    );
    return { part, text };
  } catch (error) {
    if (!(error instanceof DamagedPart)) throw error;
    const problem = error.reason.key === 'stamp.unreadable.tooLarge' ? error.reason : { key: 'stamp.unreadable.damaged' as const, params: { part } };
    return { part, problem, mentions: text.includes(marker) };
  }
}
