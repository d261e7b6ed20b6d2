/**
 * Writing a stamp into a copy of a workbook file, the way Excel stores a custom XML part (ECMA-376 Part 1,
 * "Custom XML Data Storage Part" and its "Properties Part"): customXml/itemN.xml holding the stamp,
 * customXml/itemPropsN.xml naming its id and namespace, a relationship from the item to its properties, one
 * from the workbook part to the item, and the content types of both. A workbook stamped before has its stamp
 * part's content replaced instead. Every other part is carried over byte for byte (JSZip keeps the packed
 * data of an entry it did not change); only [Content_Types].xml and the workbook's relationships gain a line.
 */
import JSZip from 'jszip';
import { STAMP_NAMESPACE } from '../core/stamp';
import type { Message } from '../core';
import { findWorkbookPart, readCustomXmlParts } from '../xlsx/customXmlParts';
import { ReadBudget } from '../xlsx/readBudget';
import { readLimits } from '../xlsx/readLimits';
import { partKey, ZipPackage } from '../xlsx/zipPackage';
import { parseStampXml } from './parseStampXml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const DATASTORE = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export type StampedPackage = { ok: true; bytes: Uint8Array } | { ok: false; reason: Message };

/**
 * The bytes of the workbook with `xml` as its stamp.
 *
 * @example
 * const out = await stampPackage(bytes, stampXml(stamp));
 * if (out.ok) await writeFile('stämplad/SV.xlsx', out.bytes, { flag: 'wx' });
 */
export async function stampPackage(bytes: Uint8Array, xml: string): Promise<StampedPackage> {
  const unreadable: StampedPackage = { ok: false, reason: { key: 'read.package.unreadable' } };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return unreadable;
  }
  const entry = (name: string) => Object.values(zip.files).find((f) => !f.dir && partKey(f.name) === partKey(name));

  // The package as the reader sees it: where the workbook part is, and a stamp already there.
  let workbook: Awaited<ReturnType<typeof findWorkbookPart>>;
  let existing: string | undefined;
  try {
    const budget = new ReadBudget(readLimits());
    const pkg = await ZipPackage.open(bytes, budget);
    workbook = await findWorkbookPart(pkg, budget);
    existing = (await readCustomXmlParts(pkg, budget, 'urn:malkoll:stamp')).find((p) => 'text' in p && parseStampXml(p.text, p.part) !== null)?.part;
  } catch {
    return unreadable;
  }
  // Stamped before: the stamp's part keeps its place, with the new stamp in it.
  const old = existing === undefined ? undefined : entry(existing);
  if (old) {
    zip.file(old.name, xml);
    return { ok: true, bytes: await pack(zip) };
  }

  const types = entry('[Content_Types].xml');
  const workbookRels = workbook && entry(workbook.rels);
  if (!types || !workbook || !workbookRels) return unreadable;

  let n = 1;
  while (entry(`customXml/item${n}.xml`) || entry(`customXml/itemProps${n}.xml`)) n += 1;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const rels = await workbookRels.async('string');
  let id = 'rIdMalkollStamp';
  for (let i = 2; new RegExp(`\\bId=["']${id}["']`).test(rels); i += 1) id = `rIdMalkollStamp${i}`;
  // Relative to the workbook's folder, as Excel writes it: ../customXml/item1.xml from xl/.
  const itemTarget = `${'../'.repeat(workbook.folder.split('/').length - 1)}${item}`;

  const typesXml = insertBeforeRoot(
    await types.async('string'),
    'Types',
    (p) => `<${p}Override PartName="/${item}" ContentType="application/xml"/><${p}Override PartName="/${props}" ContentType="${PROPS_TYPE}"/>`,
  );
  const relsXml = insertBeforeRoot(rels, 'Relationships', (p) => `<${p}Relationship Id="${id}" Type="${REL}/customXml" Target="${itemTarget}"/>`);
  if (typesXml === null || relsXml === null) return unreadable;
  zip.file(types.name, typesXml);
  zip.file(workbookRels.name, relsXml);
  zip.file(item, xml);
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
  );
  zip.file(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${globalThis.crypto.randomUUID().toUpperCase()}}" xmlns:ds="${DATASTORE}"><ds:schemaRefs><ds:schemaRef ds:uri="${STAMP_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  return { ok: true, bytes: await pack(zip) };
}

/** The XML with `element(prefix)` inserted before the closing tag of its root `root` (written with or without a prefix). */
function insertBeforeRoot(xml: string, root: string, element: (prefix: string) => string): string | null {
  const close = new RegExp(`</((?:[A-Za-z_][\\w.-]*:)?)${root}\\s*>\\s*$`).exec(xml);
  if (!close) return null;
  return xml.slice(0, close.index) + element(close[1]) + xml.slice(close.index);
}

function pack(zip: JSZip): Promise<Uint8Array> {
  // Deflated as Excel packs its parts; an entry not changed keeps its packed bytes as they were.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
