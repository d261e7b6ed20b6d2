import type { Texts } from './index';

/**
 * The region's round: `malkoll settle`, the settlement workbook it writes and the check page's settlement.
 * Swedish quotes are ”…” on both sides; {row} is "Somatik › Förstabesök › Hud".
 */
export const settleMessages = {
  // The round's findings.
  'settle.finding.hospitalUnnamed': {
    sv: 'Volymtabellen {range} på bladet ”{sheet}” namnger inget sjukhus: ge rubriken ett prefix (”SV bas”) eller lägg tabellen ensam på ett blad med sjukhusets namn.',
    en: 'The volume table {range} on sheet "{sheet}" names no hospital: give its heading a prefix ("SV bas") or put it alone on a sheet named for the hospital.',
  },
  'settle.finding.assignmentDuplicate': {
    sv: 'Uppdraget har två tabeller för {hospital}: den på bladet ”{sheet}” avräknas, {range} inte.',
    en: 'The assignment has two tables for {hospital}: the one on sheet "{sheet}" is settled, {range} is not.',
  },
  'settle.finding.noAssignment': {
    sv: '{file} har ingen volymtabell (uppdrag | bas | tillägg): det finns inget uppdrag att avräkna mot.',
    en: '{file} has no volume table (uppdrag | bas | tillägg): there is no assignment to settle against.',
  },
  'settle.finding.noVolumeTable': {
    sv: '{file} har ingen volymtabell: inget utfört kan avräknas.',
    en: '{file} has no volume table: nothing performed can be settled.',
  },
  'settle.finding.noPerformedColumn': {
    sv: 'Volymtabellen {range} har ingen kolumn för utfört (”Utfört”, ”Utfall t.o.m. augusti”): inget kan avräknas.',
    en: 'The volume table {range} has no column of performed volumes ("Utfört", "Utfall t.o.m. augusti"): nothing can be settled.',
  },
  'settle.finding.rowMissing': {
    sv: '{row} (uppdrag {uppdrag}) saknas i inlämningen.',
    en: '{row} (assignment {uppdrag}) is missing from the submission.',
  },
  'settle.figure.uppdrag': { sv: 'uppdrag', en: 'uppdrag (assignment)' },
  'settle.figure.bas': { sv: 'bas', en: 'bas (base)' },
  'settle.figure.tillagg': { sv: 'tillägg', en: 'tillägg (additional)' },
  'settle.finding.changed': {
    sv: '{row}: {figure} {submitted} i inlämningen, men uppdraget anger {assigned}. Avräkningen följer uppdraget.',
    en: '{row}: {figure} {submitted} in the submission, but the assignment gives {assigned}. The settlement follows the assignment.',
  },
  'settle.finding.performedMissing': {
    sv: '{row} (uppdrag {uppdrag}) har inget utfört: raden avräknas som 0.',
    en: '{row} (assignment {uppdrag}) has no performed volume: the row is settled as 0.',
  },
  'settle.finding.priceMissing': {
    sv: '{row}: inget pris för {kind} vid {hospital}. Ange en pristabell (--prices); raden ersätts inte förrän dess.',
    en: '{row}: no price for {kind} at {hospital}. Give a price table (--prices); the row is not paid until then.',
  },
  'settle.finding.kindMissing': {
    sv: '{row}: gruppen har inget prisslag i mappningen, så raden kan inte ersättas.',
    en: '{row}: the group has no price kind in the mapping, so the row cannot be paid.',
  },
  'settle.finding.rowAdded': {
    sv: '{row} finns inte i uppdraget: dess utfört ({performed}) avräknas inte.',
    en: '{row} is not in the assignment: its performed volume ({performed}) is not settled.',
  },
  'settle.finding.hospitalUnknown': {
    sv: '{file} namnger inget av uppdragets sjukhus ({hospitals}) i tabellens rubrik, bladets namn eller filens namn.',
    en: '{file} names none of the assignment\'s hospitals ({hospitals}) in its table\'s heading, its sheet\'s name or its file\'s name.',
  },
  'settle.finding.hospitalAmbiguous': {
    sv: '{file} kan vara flera av uppdragets sjukhus ({hospitals}): namnge ett i tabellens rubrik (”SV bas”) eller i filens namn.',
    en: '{file} could be more than one of the assignment\'s hospitals ({hospitals}): name one in its table\'s heading ("SV bas") or its file\'s name.',
  },
  'settle.finding.previousNotEarlier': {
    sv: 'Den tidigare avräkningen gäller månad {previous}, inte före månad {month}: att avräkna blir fel.',
    en: 'The earlier settlement is for month {previous}, not before month {month}: what is to settle would be wrong.',
  },
  'settle.finding.hospitalMissing': {
    sv: '{hospital} har ingen inlämning: sjukhuset avräknas inte.',
    en: '{hospital} has no submission: the hospital is not settled.',
  },
  'settle.finding.hospitalDuplicate': {
    sv: '{hospital} har två inlämningar ({files}): ingen av dem avräknas förrän en tas bort.',
    en: '{hospital} has two submissions ({files}): neither is settled until one is removed.',
  },
  'settle.finding.monthDiffers': {
    sv: 'Utfallets rubrik anger månad {named}, men avräkningen gäller månad {month}.',
    en: 'The outcome\'s heading names month {named}, but the settlement is for month {month}.',
  },
} as const satisfies Record<string, Texts>;
