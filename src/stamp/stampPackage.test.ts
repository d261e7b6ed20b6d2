import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { checkWorkbook } from '../core/workbook';
import { makeStamp, stampXml, type StampRecord } from '../core/stamp';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { parseStampXml } from './parseStampXml';
import { stampStatusOf } from './readStamp';
import { stampPackage } from './stampPackage';
import { webSha256 } from './webCrypto';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../samples/malkoll-exempel.xlsx'));

async function stamped(bytes: Uint8Array, at = new Date('2025-09-05T14:02:11Z')): Promise<{ bytes: Uint8Array; stamp: StampRecord }> {
  const read = await readWorkbookBytes(bytes);
  if (!read.ok) throw new Error(read.code);
  const check = checkWorkbook(read);
  const made = await makeStamp({ tables: check.tables, summary: check.summary, grids: read.grids, version: '0.1.0', checkedAt: at, source: 'cli' }, webSha256);
  if (!made.ok) throw new Error(made.message.key);
  const out = await stampPackage(bytes, stampXml(made.stamp));
  if (!out.ok) throw new Error(out.reason.key);
  return { bytes: out.bytes, stamp: made.stamp };
}

async function statusOf(bytes: Uint8Array) {
  const read = await readWorkbookBytes(bytes);
  if (!read.ok) throw new Error(read.code);
  return stampStatusOf(read, checkWorkbook(read).tables);
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async('uint8array'));
  return parts;
}

describe('a stamp written into a copy of the package', () => {
  it('is found again, unchanged, with every other part as it was and the custom XML part stored as Excel stores one', async () => {
    expect(await statusOf(SAMPLE)).toEqual({ status: 'none' });
    const { bytes } = await stamped(SAMPLE);
    expect(await statusOf(bytes)).toMatchObject({ status: 'unchanged', checkedAt: '2025-09-05T14:02:11Z', version: '0.1.0', source: 'cli' });

    const before = await partsOf(SAMPLE);
    const after = await partsOf(bytes);
    const text = (name: string) => new TextDecoder().decode(after.get(name));
    for (const [name, content] of before) {
      if (name === '[Content_Types].xml' || name === 'xl/_rels/workbook.xml.rels') continue;
      expect([name, Buffer.from(after.get(name) ?? []).equals(Buffer.from(content))]).toEqual([name, true]);
    }
    expect([...after.keys()].filter((n) => !before.has(n)).sort()).toEqual([
      'customXml/_rels/item1.xml.rels',
      'customXml/item1.xml',
      'customXml/itemProps1.xml',
    ]);
    expect(text('xl/_rels/workbook.xml.rels')).toMatch(
      /<Relationship Id="rIdMalkollStamp" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/customXml" Target="..\/customXml\/item1.xml"\/><\/Relationships>$/,
    );
    expect(text('[Content_Types].xml')).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );
    expect(text('customXml/_rels/item1.xml.rels')).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"',
    );
    expect(text('customXml/itemProps1.xml')).toMatch(
      /<ds:datastoreItem ds:itemID="\{[0-9A-F-]{36}\}" xmlns:ds="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:malkoll:stamp:1"\/>/,
    );
    // The packed bytes of what was not changed are carried over too.
    const zipBefore = await JSZip.loadAsync(SAMPLE);
    const zipAfter = await JSZip.loadAsync(bytes);
    const packed = (z: JSZip, n: string) => (z.files[n] as unknown as { _data: { compressedContent: Uint8Array } })._data.compressedContent;
    expect(Buffer.from(packed(zipAfter, 'xl/worksheets/sheet1.xml')).equals(Buffer.from(packed(zipBefore, 'xl/worksheets/sheet1.xml')))).toBe(true);
  });

  it('stamped again, replaces its stamp in the same part', async () => {
    const first = await stamped(SAMPLE);
    const second = await stamped(first.bytes, new Date('2025-10-01T08:00:00Z'));
    const parts = await partsOf(second.bytes);
    expect([...parts.keys()].filter((n) => n.startsWith('customXml/'))).toHaveLength(3);
    expect(await statusOf(second.bytes)).toMatchObject({ status: 'unchanged', checkedAt: '2025-10-01T08:00:00Z' });
  });

  it('reads changed, on its sheet and row, when a figure is edited in the package', async () => {
    const { bytes } = await stamped(SAMPLE);
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const edited = sheet.replace(/(<c r="C10"[^>]*><v>)(\d+)(<\/v>)/, (_, a: string, v: string, b: string) => `${a}${Number(v) + 1}${b}`);
    expect(edited).not.toBe(sheet);
    zip.file('xl/worksheets/sheet1.xml', edited);
    const status = await statusOf(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(status).toMatchObject({
      status: 'changed',
      tables: [
        { sheet: 'Volymer 2025', status: 'changed', rows: [10] },
        { sheet: 'Indikatorer', status: 'unchanged' },
      ],
    });
  });
});

describe('a custom XML part read as a stamp', () => {
  const stamp: StampRecord = {
    version: '0.1.0',
    checkedAt: '2025-09-05T14:02:11Z',
    source: 'pane',
    settings: {},
    counts: { errors: 0, warnings: 0, missed: 0 },
    tables: [{ sheet: 'Blad "1" & <2>', range: 'A1:B2', kind: 'volumes', sha256: 'f'.repeat(64), rows: ['0123456789ab', 'ba9876543210'] }],
  };

  it('reads what stampXml writes, and the same written with a prefix, single quotes and other elements', () => {
    expect(parseStampXml(stampXml(stamp), 'customXml/item1.xml')).toEqual({ ok: true, stamp });
    const prefixed = stampXml(stamp)
      .replace(/<(\/?)(stamp|settings|counts|table|rows)\b/g, '<$1m:$2')
      .replace('xmlns=', 'xmlns:m=')
      .replace('<m:counts', '<m:future what="ignored"/><m:counts');
    expect(parseStampXml(prefixed.replace(/version="0.1.0"/, "version='0.1.0'"), 'p')).toEqual({ ok: true, stamp });
  });

  it("passes over other programs' parts, and says when ours is damaged or of a newer format", () => {
    expect(parseStampXml("<Reviewers xmlns='urn:example:review:1.0'><Reviewer>Juan</Reviewer></Reviewers>", 'p')).toBeNull();
    expect(parseStampXml('<not xml', 'p')).toBeNull();
    expect(parseStampXml(stampXml(stamp).slice(0, 200), 'customXml/item1.xml')).toEqual({
      ok: false,
      reason: { key: 'stamp.unreadable.xml', params: { part: 'customXml/item1.xml' } },
    });
    expect(parseStampXml('<stamp xmlns="urn:malkoll:stamp:2"/>', 'p')).toEqual({
      ok: false,
      reason: { key: 'stamp.unreadable.field', params: { what: 'urn:malkoll:stamp:2' } },
    });
    expect(parseStampXml('<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><stamp xmlns="urn:malkoll:stamp:1" version="&x;"/>', 'p')).toMatchObject({
      ok: false,
    });
  });

  it('hashes with Web Crypto as any SHA-256 does', async () => {
    expect(await webSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await webSha256('Förstabesök')).toBe(createHash('sha256').update('Förstabesök').digest('hex'));
  });
});
