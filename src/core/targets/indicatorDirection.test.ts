import { indicatorDirection } from './indicatorDirection';

describe('indicatorDirection: lower is better', () => {
  test.each([
    'Överbeläggningar per 100 disponibla vårdplatser',
    'Över-beläggningar per 100 vårdplatser',
    'Antal överbeläggningar och utlokaliseringar, somatik',
    'Utlokaliserade patienter per dag',
    'Oplanerade återinläggningar inom 30 dagar 65 år och äldre',
    'Återinskrivning inom 30 dagar efter utskrivning',
    'Påverkbar slutenvård per 100 000 invånare',
    'Undvikbar slutenvård, antal vårdtillfällen',
    'Andel patienter med trycksår',
    'Trycksår kategori 2–4, punktprevalens',
    'Vårdskador per 1 000 vårdtillfällen',
    'Fallskador hos personer 80 år och äldre',
    'Vårdrelaterade infektioner (VRI), punktprevalens',
    'VRI',
    'Sjukfrånvaro, totalt i procent av ordinarie arbetstid',
    'Sjuktal',
    'Kostnader för inhyrd personal, andel av total personalkostnad',
    'Hyrpersonal, kostnad i mnkr',
    'Antal utskrivningsklara patienter kvar på sjukhus',
    'Vårdtid som utskrivningsklar',
    'Antibiotikarecept per 1 000 invånare och år',
    'Antibiotikaförskrivning i öppenvård',
    'Karies hos 12-åringar (DFT)',
    'Läkemedelskostnad per invånare',
    'Nettokostnadsutveckling',
    'Kostnad per DRG-poäng',
    'Budgetöverskridande, mnkr',
    'Antal avvikelser i vården',
    'Dödlighet inom 30 dagar efter hjärtinfarkt',
    '30-dagarsmortalitet efter höftfraktur',
    'Andel döda inom 30 dagar efter stroke',
    'Antal självmord per 100 000 invånare',
    'Personalomsättning',
    'Antal väntande mer än 90 dagar',
    'Andel som väntat mer än 60 dagar på operation',
    'Väntande över 90 dagar till första besök',
    'Antal som väntat 91 dagar eller längre',
    'Väntetid i dagar till första besök, median',
    'Medianväntetid till operation',
    'Väntetider i vården',
    'Antal väntande till operation',
    'Medelvårdtid på sjukhus (egen regi)',
    'Belägningsgrad sjukhus (somatik)',
    'Beläggningsgrad, somatisk vård',
    'Ledtid från remiss till behandlingsstart',
    'Tid till trombolys, median',
    'Antal strykningar av planerade operationer',
    'Uteblivna besök',
    'Antal listade patienter per specialist i allmänmedicin',
    'Övertid och mertid, timmar',
    'Andel rökare bland gravida',
  ])('%s', (name) => {
    expect(indicatorDirection(name)).toBe('lower');
  });
});

describe('indicatorDirection: higher is better', () => {
  test.each([
    // Shares within a limit: the look-alikes of waiting times.
    'Andel som väntat 90 dagar eller kortare på första besök',
    'Andel som väntat kortare än 60 dagar',
    'Andel patienter som fått första medicinska insats inom 20 minuter',
    'Andel Prio 1A som nås inom 20 minuter',
    'Andel med sepsis som fått antibiotika inom en timme',
    'Andel med tid till PCI inom 90 minuter',
    'Andel utskrivningsklara som skrivs ut inom 3 dagar',
    'Medicinsk bedömning inom 3 dagar i primärvården',
    'Telefontillgänglighet vårdcentral kontakt inom 24 h (mätning 1 jan)',
    'Tillgänglighet vårdcentral inom 3 dgr',
    'Andel opererade inom vårdgarantin',
    'Andel besök i tid',
    // Absence of harm.
    'Andel patienter utan trycksår',
    'Andel kariesfria 6-åringar',
    'Andel rökfria vid inskrivning',
    'Andel vårdtillfällen utan vårdskada',
    // Coverage, adherence, satisfaction, accessibility.
    'Täckningsgrad i kvalitetsregister',
    'Vaccinationstäckning MPR',
    'Följsamhet till basala hygienrutiner och klädregler',
    'Följsamhet till riktlinjer för antibiotikaförskrivning',
    'Patientnöjdhet, helhetsintryck',
    'Andel nöjda patienter',
    'Vårdgaranti första besök, måluppfyllelse',
    'Cancersjukvård: måluppfyllelse för ledtider inom SVF',
    'Femårsöverlevnad, bröstcancer',
    'Frisknärvaro',
    'Hållbart medarbetarengagemang (HME)',
    'Uppföljning av upplevelse av delaktighet från nationell patientenkät',
    'Svarsfrekvens i patientenkäten',
    'Andel med fast läkarkontakt',
    'Ekonomiskt resultat, mnkr',
  ])('%s', (name) => {
    expect(indicatorDirection(name)).toBe('higher');
  });
});

describe('indicatorDirection: the name does not say', () => {
  test.each<unknown>([
    'Antal närsjukvårdsteam',
    'Antal SIP',
    'Andel digitala vårdmöten med ljud och bild av totalt antal besök',
    'Egenmonitorering, antal patienter',
    'Öppenvårdsbesök, totalt antal',
    'Status i arbetet med sjukhusinterna gemensamma köer till första besök.',
    '',
    '   ',
    null,
    42,
    'x'.repeat(5000),
  ])('%j', (name) => {
    expect(indicatorDirection(name)).toBeNull();
  });
});
