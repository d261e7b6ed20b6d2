/**
 * A custom XML part's text to the stamp it holds, by a strict namespace-aware XML parser (saxes, which expands
 * no external entities): null when the part is not Målkoll's (its root is in another namespace), an
 * unreadable reason when it is but is malformed or of a newer format. What the elements mean is the core's
 * (readStampRecord).
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { readStampRecord, STAMP_NAMESPACE, type RawStamp, type StampRecord } from '../core/stamp';
import type { Message } from '../core';

/** The namespace of any version of the stamp: `urn:malkoll:stamp:<version>`. */
const ANY_STAMP = /^urn:malkoll:stamp:/;
/** A stamp nests three levels; deeper is no stamp of ours. */
const MAX_DEPTH = 8;

export type ParsedStamp = { ok: true; stamp: StampRecord } | { ok: false; reason: Message };

/**
 * @example
 * parseStampXml(text, 'customXml/item1.xml') // → { ok: true, stamp: { version: '0.1.0', … } }
 * parseStampXml('<Reviewers xmlns="urn:example:review:1.0"/>', 'customXml/item2.xml') // → null
 */
export function parseStampXml(text: string, part: string): ParsedStamp | null {
  const parser = new SaxesParser({ xmlns: true });
  let root: string | null = null;
  let depth = 0;
  let inRows = false;
  /* eslint-disable no-restricted-syntax -- its records come from plain(), without a prototype */
  const raw: { attributes: Record<string, string>; settings?: Record<string, string>; counts?: Record<string, string>; tables: RawStamp['tables'] } = {
    attributes: Object.create(null) as Record<string, string>,
    tables: [],
  };
  /* eslint-enable no-restricted-syntax */
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new Error('too deep');
    if (root === null) {
      root = tag.uri;
      // Not ours: stop at once, whatever else the part holds.
      if (!ANY_STAMP.test(tag.uri)) throw new NotOurs();
      if (tag.uri !== STAMP_NAMESPACE || tag.local !== 'stamp') throw new NewerFormat(tag.uri);
      raw.attributes = plain(tag.attributes);
      return;
    }
    if (tag.uri !== STAMP_NAMESPACE) return;
    if (depth === 2 && tag.local === 'settings') raw.settings = plain(tag.attributes);
    else if (depth === 2 && tag.local === 'counts') raw.counts = plain(tag.attributes);
    else if (depth === 2 && tag.local === 'table') raw.tables.push({ attributes: plain(tag.attributes) });
    else if (depth === 3 && tag.local === 'rows' && raw.tables.length > 0) {
      inRows = true;
      raw.tables[raw.tables.length - 1].rows ??= '';
    }
  });
  parser.on('closetag', () => {
    depth -= 1;
    inRows = false;
  });
  parser.on('text', (t: string) => {
    if (inRows) {
      const table = raw.tables[raw.tables.length - 1];
      table.rows = (table.rows ?? '') + t;
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof NotOurs) return null;
    if (error instanceof NewerFormat) return { ok: false, reason: { key: 'stamp.unreadable.field', params: { what: error.namespace } } };
    // Malformed before its first element: ours only if it names our namespace.
    if (root === null && !text.includes('urn:malkoll:stamp')) return null;
    return { ok: false, reason: { key: 'stamp.unreadable.xml', params: { part } } };
  }
  if (root === null) return text.includes('urn:malkoll:stamp') ? { ok: false, reason: { key: 'stamp.unreadable.xml', params: { part } } } : null;
  const stamp = readStampRecord(raw);
  return 'tables' in stamp ? { ok: true, stamp } : { ok: false, reason: stamp };
}

class NotOurs extends Error {}
class NewerFormat extends Error {
  constructor(readonly namespace: string) {
    super(namespace);
  }
}

/** Attributes without a namespace (the stamp's own), by their local name, in a record without a prototype. */
// eslint-disable-next-line no-restricted-syntax -- the record has no prototype: a name such as __proto__ is its own entry
function plain(attributes: Record<string, SaxesAttributeNS>): Record<string, string> {
  // eslint-disable-next-line no-restricted-syntax -- as above
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const a of Object.values(attributes)) if (a.uri === '' && a.prefix === '') out[a.local] = a.value;
  return out;
}
