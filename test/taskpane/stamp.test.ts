/**
 * The stamp through the adapter against the fake Excel's custom XML parts: written in one Excel.run of two
 * syncs, replacing an earlier stamp and leaving other add-ins' parts alone, refused when the tables changed
 * since the check, and read back.
 */
import { parseStampXml } from '../../src/stamp/parseStampXml';
import { readStampXml } from '../../src/taskpane/excel/stamp';
import { checkAndStamp, stampableSheets } from './stampFlow';
import { installFake } from './workbooks';

const SHAREPOINT = '<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement/></p:properties>';

describe('the stamp in Excel', () => {
  it("is written as a custom XML part in Målkoll's namespace, in two syncs, beside other add-ins' parts", async () => {
    const fake = installFake({ sheets: stampableSheets(), customXmlParts: [SHAREPOINT] });
    const syncs = fake.log.syncs;
    const written = await checkAndStamp();
    expect(written).toEqual({ ok: true, value: { id: expect.any(String) } });
    // Three for the check's read, two for the stamp: values again, then the part.
    expect(fake.log.syncs - syncs).toBe(5);
    const parts = fake.snapshot().customXmlParts;
    expect(parts.map((p) => p.namespaceUri)).toEqual(['http://schemas.microsoft.com/office/2006/metadata/properties', 'urn:malkoll:stamp:1']);
    const parsed = parseStampXml(parts[1].xml, 'item');
    expect(parsed).toMatchObject({
      ok: true,
      stamp: { source: 'pane', checkedAt: '2025-09-05T14:02:11Z', tables: [{ sheet: 'Volymer 2025', range: 'A1:D61' }, { sheet: 'Indikatorer' }] },
    });
  });

  it('replaces an earlier stamp, and reads back', async () => {
    const fake = installFake({ sheets: stampableSheets() });
    await checkAndStamp();
    const second = await checkAndStamp();
    const parts = fake.snapshot().customXmlParts;
    expect(parts).toHaveLength(1);
    expect(second.ok && parts[0].id).toBe(second.ok && second.value.id);
    const read = await readStampXml();
    expect(read).toEqual({ ok: true, value: [parts[0].xml] });
  });

  it('is refused, and nothing written, when a table changed between the check and the stamp', async () => {
    const fake = installFake({ sheets: stampableSheets() });
    const written = await checkAndStamp(() => fake.setCell('Volymer 2025', 'C30', 8134));
    expect(written).toEqual({ ok: false, message: { key: 'stamp.refused.changedSinceCheck' } });
    expect(fake.snapshot().customXmlParts).toEqual([]);
  });
});

describe("the fake's custom XML parts, as Microsoft documents them", () => {
  it("takes only well-formed XML, names each part's namespace, and scopes by it", async () => {
    const fake = installFake({ customXmlParts: [SHAREPOINT] });
    await fake.Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const plain = parts.add('<Reviewers><Reviewer>Juan</Reviewer></Reviewers>').load('namespaceUri');
      const prefixed = parts.add("<?xml version='1.0'?><m:stamp xmlns:m='urn:malkoll:stamp:1'/>").load('namespaceUri');
      const count = parts.getByNamespace('urn:malkoll:stamp:1').getCount();
      const none = parts.getByNamespace('urn:none').getOnlyItemOrNullObject().load('id');
      await context.sync();
      expect([plain.namespaceUri, prefixed.namespaceUri, count.value, none.isNullObject]).toEqual(['', 'urn:malkoll:stamp:1', 1, true]);
      for (const bad of ['<a><b></a></b>', 'text', '<a/><b/>', '<a x="1>']) {
        parts.add(bad);
        await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      }
    });
  });

  it("gives getXml's value only after the sync, and deletes a part", async () => {
    const fake = installFake({ customXmlParts: [SHAREPOINT] });
    await fake.Excel.run(async (context) => {
      const only = context.workbook.customXmlParts.getByNamespace('http://schemas.microsoft.com/office/2006/metadata/properties').getOnlyItem();
      const xml = only.getXml();
      expect(() => xml.value).toThrow();
      await context.sync();
      expect(xml.value).toBe(SHAREPOINT);
      only.delete();
      await context.sync();
    });
    expect(fake.snapshot().customXmlParts).toEqual([]);
  });
});
