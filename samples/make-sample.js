#!/usr/bin/env node
/**
 * Builds samples/malkoll-exempel.xlsx, the sample workbook of the README, the tests and /check.html:
 *
 *   node samples/make-sample.js
 *
 * Sheet "Volymer 2025": seed 000's 2025 volume table exactly as it looks pasted from the PDF
 * (seed-000-volymer-2025.json), numbers as numbers, plus an "Utfört" column with constructed outcomes to
 * the end of August. Every figure adds up, so it has no errors.
 * Sheet "Indikatorer": seed 000's indicators with their targets as written, and constructed outcomes
 * (delår augusti 2025) of which some miss their target; the unit column (Enhet: SV) picks Sjukhusen i
 * väster's figure out of the target split per hospital.
 * The outcomes are invented for the example; the assignment figures and targets are the source's.
 */
const path = require('path');
const ExcelJS = require('exceljs');
const seed = require('./seed-000-volymer-2025.json');

const OUTPUT = path.join(__dirname, 'malkoll-exempel.xlsx');

/** Performed to the end of August, per data row in the table's order (label repeated as a check). */
const PERFORMED = [
  // Psykiatri
  ['BUP', 498], ['VUP', 702],
  ['BUP', 161], ['VUP', 85],
  ['BUP', 590], ['VUP', 731],
  // Somatik, Förstabetesök
  ['Allergologi', 0], ['Allmän kirurgi', 5412], ['Barnkirurgi', 0], ['BUM', 1604], ['Gynekologi', 5733],
  ['Handkirurgi', 0], ['Hud', 3390], ['Internmedicin', 1215], ['Kardiologi', 2268], ['Kärlkirurgi', 0],
  ['Logopedi', 541], ['Lungmedicin', 566], ['Neurokirurgi', 0], ['Neurologi', 887], ['Njurmedicin', 0],
  ['Onkologi', 0], ['Ortopedi', 7531], ['Plastikkirurgi', 0], ['Reumatologi', 0], ['Urologi', 2034],
  ['Ögon', 0], ['ÖNH', 3946],
  // Operation/åtgärd
  ['Ablation', 0], ['Allmän kirurgi', 4187], ['Axelprotes', 49], ['Barnkirurgi', 0], ['Gynekologi', 1278],
  ['Handkirurgi', 0], ['Höft- & knäprotes', 468], ['Kardiologi', 192], ['Katarakt', 0], ['Kärlkirurgi', 0],
  ['Neurokirurgi', 0], ['Obesitas', 0], ['Plastikkirurgi', 0], ['Rygg', 0], ['Thorax', 0], ['Urologi', 1012],
  ['ÖNH', 958], ['Övrig ortopedi', 3605], ['Övriga ögon', 0],
  // Undersökning
  ['Gastroskopi', 2416], ['Koloskopi', 2302],
];

/**
 * Seed 000's indicator table (Indikator/Uppföljning and Målvärde as written there), with constructed
 * outcomes and reference values (Jämförelsevärde: the same period 2024). Percentages are fractions.
 * [område, indikator, målvärde, utfall, jämförelsevärde, format of the figures]
 */
const INDICATORS = [
  ['Ambulanssjukvård', 'Andel patienter som bedöms som Prio 1A/"Fara för liv" som nås med första medicinska insats inom 20 minuter, från besvarat samtal till första resurs framme på hämtadress.', '≥90 % inom 20 minuter (regionalt mål)', 0.874, 0.861, '0.0%'],
  ['Kompetensförsörjning, utbildning och klinisk praktik', 'Andel av ST-läkare i allmänmedicin som har fått obligatoriska sidotjänstgöringsplatser enligt individuell utbildningsplan inom barn- och ungdomsmedicin, gynekologi, internmedicin och psykiatri', '100% av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser', 1, 0.97, '0%'],
  ['Förstärkt intensivvård', 'Förstärkt IVA-vård i förvaltningens beredskapsplan Ja/Nej', 'Ja', 'Ja', 'Ja', null],
  ['Förstärkt intensivvård', 'Antal tillgängliga förstärkningssjuksköterskor och förstärkningsundersköterskor med uppdrag att förstärka intensivvård', 'VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14', 12, 11, '0'],
  ['Läkemedelsassisterad behandling vid opioidberoende (LARO)', 'Antal individer med diagnoskod F11.2 Opioidberoende', 'Fler individer med behov ska diagnostiseras', 212, 187, '#,##0'],
  ['Bas- och tillgänglighetssatsningar i egen regi', 'Första besök och behandlingar: Måluppfyllelse, utförda volymer i förhållande till plan.', '100%', 0.96, 0.93, '0%'],
  ['Barn- och ungdomspsykiatri – ekonomisk förstärkning öppenvård', 'Öppenvårdsbesök, totalt antal', 'Ska öka', 10412, 9876, '#,##0'],
  ['Nära vård och digitala vårdformer och tjänster', 'Närsjukvårdsteam, antal. Indikator pausas 2025', null, null, null, null],
  ['Nära vård och digitala vårdformer och tjänster', 'Egenmonitorering, antal patienter', 'Ska öka', 286, 301, '#,##0'],
  ['Nära vård och digitala vårdformer och tjänster', 'Beläggningsgrad, somatisk vård', '≤ 90 %', 0.934, 0.951, '0.0%'],
  ['Nära vård och digitala vårdformer och tjänster', 'Beläggningsgrad, psykiatrisk vård', '≤ 90 %', 0.872, 0.889, '0.0%'],
  ['Nära vård och digitala vårdformer och tjänster', 'Oplanerade återinläggningar inom 30 dagar 65 år och äldre', '≤ 8,5%', 0.079, 0.083, '0.0%'],
  ['Nära vård och digitala vårdformer och tjänster', 'Medelvårdtid på sjukhus', null, 4.6, 4.8, '0.0'],
  ['Nära vård och digitala vårdformer och tjänster', 'Andel digitala vårdmöten med ljud och bild av totalt antal besök', 'ska öka', 0.043, 0.031, '0.0%'],
  ['Nära vård och digitala vårdformer och tjänster', 'Digitala kallelser', 'ska öka', 0.62, 0.48, '0%'],
  ['Nära vård och digitala vårdformer och tjänster', 'Taligenkänning', 'ska öka', 0.18, 0.21, '0%'],
  ['Nära vård och digitala vårdformer och tjänster', 'Självincheckningsbara/bokningar totalt', 'Ska öka', 0.35, 0.29, '0%'],
  ['Nära vård och digitala vårdformer och tjänster', 'Har genomfört småskalig implementering av tjänsten digital ortopedkonsult', 'JA', 'Nej', null, null],
  ['Kvalitetsdriven verksamhetsutveckling och kompetensutveckling', 'Cancersjukvård: måluppfyllelse för ledtider inom standardiserade vårdförlopp (SVF) - "80-målet"', '80%', 0.71, 0.68, '0%'],
  ['Kvalitetsdriven verksamhetsutveckling och kompetensutveckling', 'Vårdgaranti första besök, måluppfyllelse', '100%', 0.78, 0.74, '0%'],
  ['Kvalitetsdriven verksamhetsutveckling och kompetensutveckling', 'Vårdgaranti första operation, måluppfyllelse', '100%', 0.64, 0.61, '0%'],
  ['Kvalitetsdriven verksamhetsutveckling och kompetensutveckling', 'Vårdgaranti första behandling, måluppfyllelse', '100%', 0.82, 0.8, '0%'],
  ['Kvalitetsdriven verksamhetsutveckling och kompetensutveckling', 'Vårdgaranti första utredning, måluppfyllelse', '100%', 0.91, 0.88, '0%'],
  ['Kvalitetsdriven verksamhetsutveckling och kompetensutveckling', 'Vårdgaranti första undersökning, måluppfyllelse', '100%', 0.87, 0.9, '0%'],
  ['Kompetensförsörjning', 'Kostnader för inhyrd personal, andel av total personalkostnad', 'SKR-mål max 2% av personalkostnaden', 0.017, 0.024, '0.0%'],
  ['Prioriteringar', 'Status i arbetet med att identifiera och avsluta lågt prioriterad vård och insatser som inte gör nytta', 'Utföraren arbetar systematiskt med utmönstring av lågt prioriterad vård och insatser som inte gör nytta', 'Redovisas i delårsrapporten', null, null],
];

const BOLD = { bold: true };
const NUMBER_FORMAT = '#,##0';

/** The "Volymer 2025" sheet: the seed table in A:D and the outcome column in E. */
function addVolumeSheet(workbook) {
  const sheet = workbook.addWorksheet('Volymer 2025', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 22 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 11 }];
  let performedIndex = 0;
  let performedTotal = 0;
  for (const seedRow of seed.rows) {
    const [label, total, base, additional] = seedRow;
    const isHeader = total === 'uppdrag';
    const isData = typeof total === 'number' && label !== 'Totalsumma';
    let performed = null;
    if (isHeader) performed = 'Utfört';
    if (isData) {
      const [expectedLabel, value] = PERFORMED[performedIndex];
      if (expectedLabel !== label) throw new Error(`Outcome ${performedIndex} is for ${expectedLabel}, the row is ${label}`);
      performed = value;
      performedTotal += value;
      performedIndex += 1;
    }
    if (label === 'Totalsumma') performed = performedTotal;
    const row = sheet.addRow([label, total, base, additional, performed]);
    const isTitle = !isData && !isHeader && label !== null && total === null;
    if (isHeader || isTitle || label === 'Totalsumma' || label === 'Operation/åtgärd') row.font = BOLD;
    for (let column = 2; column <= 5; column += 1) {
      if (typeof row.getCell(column).value === 'number') row.getCell(column).numFmt = NUMBER_FORMAT;
      else row.getCell(column).alignment = { horizontal: 'right' };
    }
  }
  if (performedIndex !== PERFORMED.length) throw new Error(`${PERFORMED.length - performedIndex} outcomes left over`);
  return performedTotal;
}

/** The "Indikatorer" sheet: two title rows, a blank row, the header in row 4. */
function addIndicatorSheet(workbook) {
  const sheet = workbook.addWorksheet('Indikatorer', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = [{ width: 34 }, { width: 60 }, { width: 34 }, { width: 12 }, { width: 16 }, { width: 8 }];
  sheet.addRow(['Indikatorer och uppföljningsmått 2025, Sjukhusen i väster']).font = { bold: true, size: 14 };
  sheet.addRow(['Utfall till och med augusti 2025 (delår augusti); jämförelsevärde: samma period 2024']);
  sheet.addRow([]);
  sheet.addRow(['Område', 'Indikator/Uppföljning', 'Målvärde', 'Utfall', 'Jämförelsevärde', 'Enhet']).font = BOLD;
  for (const [area, indicator, target, outcome, reference, format] of INDICATORS) {
    // Every row is Sjukhusen i väster's own; the unit picks SV's figure out of a target split per hospital.
    const row = sheet.addRow([area, indicator, target, outcome, reference, 'SV']);
    row.alignment = { vertical: 'top', wrapText: true };
    if (format) {
      row.getCell(4).numFmt = format;
      row.getCell(5).numFmt = format;
    }
  }
}

/** Builds the sample workbook in memory. */
function buildSampleWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Målkoll';
  // Fixed dates keep the file the same from one run to the next.
  workbook.created = new Date(Date.UTC(2025, 8, 1));
  workbook.modified = new Date(Date.UTC(2025, 8, 1));
  addVolumeSheet(workbook);
  addIndicatorSheet(workbook);
  return workbook;
}

async function main() {
  await buildSampleWorkbook().xlsx.writeFile(OUTPUT);
  console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}`);
}

module.exports = { buildSampleWorkbook, PERFORMED, INDICATORS };

if (require.main === module) {
  main().catch((error) => {
    console.error(`Could not write the sample workbook: ${error.message}`);
    process.exit(1);
  });
}
