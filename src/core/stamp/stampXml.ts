/**
 * The stamp as the XML of its custom XML part (docs/stamp.md), written here and read back from what an XML
 * parser made of it (the parsing itself is an edge's: src/stamp/parseStampXml.ts). A part that is not a
 * whole, well-formed stamp is unreadable, never half believed.
 */
import type { Message } from '../types';
import { parseRange } from './canonical';
import { ROW_DIGEST_HEX } from './digest';
import { STAMP_NAMESPACE, type StampedTable, type StampRecord } from './types';

/** Characters XML 1.0 cannot carry, written `_xHHHH_` as SpreadsheetML writes them; a literal `_xHHHH_` is escaped too. */
const UNWRITABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ROW_DIGESTS_PER_LINE = 8;

function attribute(text: string): string {
  return text
    .replace(UNWRITABLE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function decodeAttribute(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The stamp's XML, with an XML declaration, in the stamp's namespace.
 *
 * @example
 * stampXml(stamp)
 * // → '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<stamp xmlns="urn:malkoll:stamp:1" version="0.1.0" checkedAt="2025-09-05T14:02:11Z" source="cli">\n…'
 */
export function stampXml(stamp: StampRecord): string {
  const settings = Object.entries(stamp.settings)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${String(v)}"`)
    .join('');
  const { errors, warnings, missed } = stamp.counts;
  const tables = stamp.tables.map((t) => {
    const head = `<table sheet="${attribute(t.sheet)}" range="${t.range}" kind="${attribute(t.kind)}" sha256="${t.sha256}"`;
    if (!t.rows) return `${head}/>`;
    const lines: string[] = [];
    for (let i = 0; i < t.rows.length; i += ROW_DIGESTS_PER_LINE) lines.push(t.rows.slice(i, i + ROW_DIGESTS_PER_LINE).join(' '));
    return `${head}>\n<rows>${lines.join('\n')}</rows>\n</table>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<stamp xmlns="${STAMP_NAMESPACE}" version="${attribute(stamp.version)}" checkedAt="${stamp.checkedAt}" source="${stamp.source}">`,
    `<settings${settings}/>`,
    `<counts errors="${errors}" warnings="${warnings}" missed="${missed}"/>`,
    ...tables,
    '</stamp>',
    '',
  ].join('\n');
}

/**
 * A stamp element as an XML parser gave it: attributes by local name, and the text of its `<rows>`. The parser
 * makes these records without a prototype (src/stamp/parseStampXml.ts), so that a name such as `__proto__` in a
 * damaged part is an entry like any other.
 */
/* eslint-disable no-restricted-syntax -- null-prototype records, made so by the parser */
export interface RawStamp {
  attributes: Readonly<Record<string, string>>;
  settings?: Readonly<Record<string, string>>;
  counts?: Readonly<Record<string, string>>;
  tables: { attributes: Readonly<Record<string, string>>; rows?: string }[];
}
/* eslint-enable no-restricted-syntax */

const ISO_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const ROW_HEX = new RegExp(`^[0-9a-f]{${ROW_DIGEST_HEX}}$`);
const COUNT = /^\d{1,9}$/;
const FRACTION = /^\d+(?:\.\d+)?(?:e-?\d+)?$/;

/**
 * The stamp a parsed part holds, or why it is no readable stamp (a message naming what is wrong).
 *
 * @example
 * readStampRecord({ attributes: { version: '0.1.0', checkedAt: '2025-09-05T14:02:11Z', source: 'cli' }, tables: [] })
 * // → { key: 'stamp.unreadable.noTables' }
 */
export function readStampRecord(raw: RawStamp): StampRecord | Message {
  const bad = (what: string): Message => ({ key: 'stamp.unreadable.field', params: { what } });
  const { version, checkedAt, source } = raw.attributes;
  if (!version || version.length > 40) return bad('version');
  if (!checkedAt || !ISO_SECOND.test(checkedAt) || Number.isNaN(Date.parse(checkedAt))) return bad('checkedAt');
  if (source !== 'pane' && source !== 'cli') return bad('source');
  const settings: StampRecord['settings'] = {};
  for (const name of ['tolerance', 'band'] as const) {
    const value = raw.settings?.[name];
    if (value === undefined) continue;
    if (!FRACTION.test(value) || Number(value) > 1) return bad(name);
    settings[name] = Number(value);
  }
  const counts = { errors: 0, warnings: 0, missed: 0 };
  for (const name of ['errors', 'warnings', 'missed'] as const) {
    const value = raw.counts?.[name];
    if (value === undefined || !COUNT.test(value)) return bad(name);
    counts[name] = Number(value);
  }
  if (raw.tables.length === 0) return { key: 'stamp.unreadable.noTables' };
  const tables: StampedTable[] = [];
  for (const t of raw.tables) {
    const { sheet, range, kind, sha256 } = t.attributes;
    const rect = range === undefined ? null : parseRange(range);
    if (!sheet) return bad('sheet');
    if (!rect || !/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/.test(range)) return bad('range');
    if (!sha256 || !SHA256_HEX.test(sha256)) return bad('sha256');
    const table: StampedTable = { sheet: decodeAttribute(sheet), range, kind: kind ?? '', sha256 };
    if (t.rows !== undefined) {
      const rows = t.rows.trim() === '' ? [] : t.rows.trim().split(/\s+/);
      if (rows.length !== rect.bottom - rect.top + 1 || !rows.every((r) => ROW_HEX.test(r))) return bad('rows');
      table.rows = rows;
    }
    tables.push(table);
  }
  return { version: decodeAttribute(version), checkedAt, source, settings, counts, tables };
}
