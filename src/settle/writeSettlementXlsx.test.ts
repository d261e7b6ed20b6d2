import JSZip from 'jszip';
import { catalog } from '../i18n/catalog';
import { readPreviousSettlement, settlementPlan } from '../core/settlement';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { cleanRound, settled } from '../../test/fixtures/roundWorkbooks';
import { renderPlan } from './renderPlan';
import { settlementWords } from './words';
import { writeSettlementXlsx } from './writeSettlementXlsx';

describe('the settlement workbook', () => {
  const settlement = settled({ ...cleanRound(8), month: 8 });
  const plan = settlementPlan(settlement, 'malkoll 0.1.0');

  it('renders every text from the catalogue, in both languages', () => {
    for (const locale of ['sv', 'en'] as const) {
      const texts = renderPlan(plan, locale).flatMap((s) => [s.name, s.title, ...s.columns.map((c) => c.header), ...s.rows.flat(), ...s.footer.flat()]);
      const keys = texts.filter((t): t is string => typeof t === 'string' && /^settle\.[\w.-]+$/.test(t));
      expect(keys).toEqual([]);
      expect(texts.filter((t) => typeof t === 'string' && t in catalog)).toEqual([]);
    }
  });

  it('is read back by Målkoll’s own reader: sheets, figures as numbers with Swedish formats, and the settlement as an earlier one', async () => {
    const bytes = await writeSettlementXlsx(plan, 'sv');
    const read = await readWorkbookBytes(bytes);
    if (!read.ok) throw new Error(read.code);
    expect(read.notes).toEqual([]);
    expect(read.grids.map((g) => g.sheet)).toEqual(['Översikt', 'Rader', 'Avvikelser', 'Indikatorer', 'Regler']);
    const overview = read.grids[0];
    expect(overview.cells[0][0]).toBe('Avräkning t.o.m. augusti, proportionell regel');
    expect(overview.cells[1].slice(0, 4)).toEqual(['Sjukhus', 'Fil', 'Status', 'Fel']);
    expect(overview.cells[3].slice(0, 3)).toEqual(['SV', 'SV augusti.xlsx', 'Avräknad']);
    // The reimbursement is a number, formatted in kronor; fulfilment a percentage.
    expect(overview.cells[3][8]).toBe(settlement.hospitals[1].totals.reimbursement);
    expect(overview.formats?.[3]?.[8]).toBe('#,##0 "kr"');
    expect(overview.formats?.[3]?.[7]).toBe('0.0 %');
    expect(overview.cells[8][0]).toBe('Regionen');
    expect(overview.cells[8][8]).toBe(settlement.region.reimbursement);

    const previous = readPreviousSettlement(read.grids, settlementWords(), 'augusti.xlsx');
    expect(previous?.month).toBe(8);
    expect(previous?.rule).toBe('pro-rata');
    expect(previous?.rows).toHaveLength(settlement.hospitals.reduce((n, h) => n + h.rows.length, 0));
    expect(previous?.rows.find((r) => r.hospital === 'SV' && r.specialty === 'Hud')).toEqual({
      hospital: 'SV',
      section: 'Somatik',
      group: 'Förstabetesök',
      specialty: 'Hud',
      reimbursement: 2680839,
    });
  });

  it('freezes the title and header rows and puts a filter on each table’s header, named as Excel names it', async () => {
    const zip = await JSZip.loadAsync(await writeSettlementXlsx(plan, 'en'));
    const rows = await zip.file('xl/worksheets/sheet2.xml')?.async('string');
    expect(rows).toContain('<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(rows?.match(/<sheetViews>/g)).toHaveLength(1);
    expect(rows?.indexOf('<sheetViews>')).toBeLessThan(rows?.indexOf('<sheetData') ?? -1);
    const lastRow = 2 + settlement.hospitals.reduce((n, h) => n + h.rows.length, 0);
    expect(rows).toContain(`<autoFilter ref="A2:Q${lastRow}"/>`);
    // autoFilter after sheetData, before what follows it in the schema's order.
    expect(rows?.indexOf('<autoFilter')).toBeGreaterThan(rows?.indexOf('</sheetData>') ?? Infinity);
    const rules = await zip.file('xl/worksheets/sheet5.xml')?.async('string');
    expect(rules).not.toContain('<autoFilter');
    const workbook = await zip.file('xl/workbook.xml')?.async('string');
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Rows!$A$2:$Q$${lastRow}</definedName>`);
    expect(workbook?.indexOf('<definedNames>')).toBeGreaterThan(workbook?.indexOf('</sheets>') ?? Infinity);
  });
});
