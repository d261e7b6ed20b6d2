import type { Texts } from './index';

/**
 * Indicators against their targets (TARGET_MET, TARGET_STATUS, TARGET_EXPLAIN, the indicator table
 * check). `target.explain.*` say how a target was read; `target.reason.*` say why a row is met,
 * missed or not assessable. Comparators are symbols (≥ ≤ > <) in both languages, as the documents write them.
 */
export const targetsMessages = {
  'target.status.met': { sv: 'Uppfyllt', en: 'Met' },
  'target.status.missed': { sv: 'Ej uppfyllt', en: 'Not met' },
  'target.status.notAssessable': { sv: 'Ej bedömbart', en: 'Not assessable' },
  'target.status.partly': { sv: 'Delvis uppfyllt', en: 'Partly met' },

  'target.explain.threshold': { sv: '{comparator} {value}', en: '{comparator} {value}' },
  'target.explain.withContext': { sv: '{target} ({context})', en: '{target} ({context})' },
  'target.explain.withLongContext': { sv: '{target}, {context}', en: '{target}, {context}' },
  'target.explain.withContextAssumed': {
    sv: '{target} ({context}; ingen riktning angiven, högre antas vara bättre)',
    en: '{target} ({context}; no direction given, higher assumed to be better)',
  },
  'target.explain.part': { sv: '{group}: {target}', en: '{group}: {target}' },
  'target.explain.list': { sv: '{first}; {rest}', en: '{first}; {rest}' },
  'target.explain.assumedHigher': {
    sv: '{target} (ingen riktning angiven, högre antas vara bättre)',
    en: '{target} (no direction given, higher assumed to be better)',
  },
  'target.explain.chooseGroup': { sv: '{parts} (ange grupp)', en: '{parts} (give a group)' },
  'target.explain.chooseGroupAssumed': {
    sv: '{parts} (ange grupp; ingen riktning angiven, högre antas vara bättre)',
    en: '{parts} (give a group; no direction given, higher assumed to be better)',
  },
  'target.explain.yes': { sv: 'Ja', en: 'Yes' },
  'target.explain.no': { sv: 'Nej', en: 'No' },
  'target.explain.none': { sv: 'inget mätbart mål', en: 'no measurable target' },
  'target.explain.unreadable': { sv: 'målvärdet kunde inte tolkas: ”{text}”', en: 'the target could not be read: “{text}”' },
  'target.explain.increase': { sv: 'högre än referensvärdet', en: 'higher than the reference value' },
  'target.explain.decrease': { sv: 'lägre än referensvärdet', en: 'lower than the reference value' },
  'target.explain.reference': { sv: '{comparator} referensvärdet', en: '{comparator} the reference value' },
  'target.explain.relative': { sv: '{comparator} {share} av referensvärdet', en: '{comparator} {share} of the reference value' },
  'target.explain.absolute': { sv: '{comparator} referensvärdet {sign} {amount}', en: '{comparator} the reference value {sign} {amount}' },
  'target.explain.points': {
    sv: '{comparator} referensvärdet {sign} {amount} procentenheter',
    en: '{comparator} the reference value {sign} {amount} percentage points',
  },

  'target.reason.outcomeVsTarget': { sv: 'utfall {outcome} mot mål {target}', en: 'outcome {outcome} against target {target}' },
  'target.reason.outcomeVsReference': {
    sv: 'utfall {outcome} mot referensvärde {reference}, mål {target}',
    en: 'outcome {outcome} against reference value {reference}, target {target}',
  },
  'target.reason.noOutcome': { sv: 'inget utfall', en: 'no outcome' },
  'target.reason.outcomeNotNumber': { sv: 'utfallet ”{text}” är inte ett tal', en: 'the outcome “{text}” is not a number' },
  'target.reason.outcomeError': { sv: 'utfallet är ett felvärde ({code})', en: 'the outcome is an error value ({code})' },
  'target.reason.outcomeNotYesNo': { sv: 'utfallet ”{text}” är inte Ja eller Nej', en: 'the outcome “{text}” is not Yes or No' },
  'target.reason.outcomeRange': {
    sv: 'utfallet ska vara en enda cell, men ett område med {cells} celler angavs',
    en: 'the outcome must be a single cell, but a range of {cells} cells was given',
  },
  'target.reason.outcomeNotNumberValue': { sv: 'utfallet är inte ett tal', en: 'the outcome is not a number' },
  'target.reason.outcomeNotYesNoValue': { sv: 'utfallet är inte Ja eller Nej', en: 'the outcome is not Yes or No' },
  'target.reason.noReference': { sv: 'ingen referens att jämföra med', en: 'no reference value to compare with' },
  'target.reason.referenceNotNumber': { sv: 'referensvärdet ”{text}” är inte ett tal', en: 'the reference value “{text}” is not a number' },
  'target.reason.referenceRange': {
    sv: 'referensvärdet ska vara en enda cell, men ett område med {cells} celler angavs',
    en: 'the reference value must be a single cell, but a range of {cells} cells was given',
  },
  'target.reason.referenceNotNumberValue': { sv: 'referensvärdet är inte ett tal', en: 'the reference value is not a number' },
  'target.reason.referenceError': { sv: 'referensvärdet är ett felvärde ({code})', en: 'the reference value is an error value ({code})' },
  'target.reason.noGroup': { sv: 'målet är delat per grupp ({groups}): ange grupp', en: 'the target is split by group ({groups}): give a group' },
  'target.reason.unknownGroup': {
    sv: 'okänd grupp ”{group}” (målet anger {groups})',
    en: 'unknown group “{group}” (the target names {groups})',
  },
  'target.reason.unknownDirection': {
    sv: 'okänd riktning ”{direction}” (skriv högre eller lägre)',
    en: 'unknown direction “{direction}” (write higher or lower)',
  },
  // Outcomes as reports write them: figures with units, a total and groups, groups alone.
  'target.value.withUnit': { sv: '{value} {unit}', en: '{value} {unit}' },
  'target.value.total': { sv: '{value} totalt', en: '{value} overall' },
  'target.value.group': { sv: '{group} {value}', en: '{group} {value}' },
  'target.list.two': { sv: '{first} och {last}', en: '{first} and {last}' },
  'target.list.more': { sv: '{first}, {rest}', en: '{first}, {rest}' },
  'target.reason.groupsVsTarget': { sv: '{groups} mot mål {target}', en: '{groups} against target {target}' },
  'target.reason.groupVsPart': { sv: '{group} {outcome} mot {target}', en: '{group} {outcome} against {target}' },
  'target.reason.groupsVsParts': { sv: 'utfall {pairs}', en: 'outcome {pairs}' },
  'target.reason.groupVsReference': { sv: '{group} {outcome} mot {reference}', en: '{group} {outcome} against {reference}' },
  'target.reason.groupsVsReference': {
    sv: 'utfall mot referensvärde {pairs}, mål {target}',
    en: 'outcome against reference value {pairs}, target {target}',
  },
  'target.fraction.range': {
    sv: '{what} ska vara mellan 0 och 100 %, inte {value}',
    en: '{what} must be between 0 and 100%, not {value}',
  },
  'target.legend.size': {
    sv: 'teckenförklaringen ska vara {count} celler i ordning, men {cells} angavs',
    en: 'the legend must be {count} cells in order, but {cells} were given',
  },
  'target.development.better': { sv: 'Bättre', en: 'Better' },
  'target.development.unchanged': { sv: 'Oförändrad', en: 'Unchanged' },
  'target.development.worse': { sv: 'Sämre', en: 'Worse' },
  'target.development.group': { sv: '{group}: {development}', en: '{group}: {development}' },
  'target.reason.partly': {
    sv: '{reason}; delvis uppfyllt: högst {tolerance} från målvärdet',
    en: '{reason}; partly met: within {tolerance} of the target',
  },
  'target.reason.missedFor': { sv: '{reason}; ej uppfyllt för {groups}', en: '{reason}; not met for {groups}' },
  'target.reason.outcomeNoGroup': {
    sv: 'utfallet anger inget värde för gruppen {group} (bara för {groups})',
    en: 'the outcome gives no figure for the group {group} (only for {groups})',
  },
  'target.reason.referenceNoGroup': {
    sv: 'referensvärdet anger inget värde för gruppen {group} (bara för {groups})',
    en: 'the reference value gives no figure for the group {group} (only for {groups})',
  },
  'target.reason.noCommonGroup': {
    sv: 'utfallets grupper ({outcomeGroups}) finns inte i målet ({groups})',
    en: 'the outcome’s groups ({outcomeGroups}) are not in the target ({groups})',
  },
  'target.reason.referenceNotComparable': {
    sv: 'utfallet och referensvärdet är uppdelade på olika grupper och kan inte jämföras',
    en: 'the outcome and the reference value are split into different groups and cannot be compared',
  },
  'target.reason.outcomeAmbiguous.mixed-units': {
    sv: 'utfallet ”{text}” är tvetydigt: talen har olika enheter',
    en: 'the outcome “{text}” is ambiguous: its figures are in different units',
  },
  'target.reason.outcomeAmbiguous.repeated-group': {
    sv: 'utfallet ”{text}” är tvetydigt: samma grupp står flera gånger',
    en: 'the outcome “{text}” is ambiguous: the same group appears more than once',
  },
  'target.reason.outcomeAmbiguous.unlabelled-figures': {
    sv: 'utfallet ”{text}” är tvetydigt: flera tal utan grupp',
    en: 'the outcome “{text}” is ambiguous: several figures without a group',
  },
  'target.reason.referenceAmbiguous.mixed-units': {
    sv: 'referensvärdet ”{text}” är tvetydigt: talen har olika enheter',
    en: 'the reference value “{text}” is ambiguous: its figures are in different units',
  },
  'target.reason.referenceAmbiguous.repeated-group': {
    sv: 'referensvärdet ”{text}” är tvetydigt: samma grupp står flera gånger',
    en: 'the reference value “{text}” is ambiguous: the same group appears more than once',
  },
  'target.reason.referenceAmbiguous.unlabelled-figures': {
    sv: 'referensvärdet ”{text}” är tvetydigt: flera tal utan grupp',
    en: 'the reference value “{text}” is ambiguous: several figures without a group',
  },

  // Where a bare target's direction came from.
  'target.direction.lower': { sv: 'lägre', en: 'lower' },
  'target.direction.higher': { sv: 'högre', en: 'higher' },
  'target.direction.unknown': {
    sv: 'namnet säger inte om högre eller lägre är bättre; skriv riktningen själv (högre eller lägre)',
    en: 'the name does not say whether higher or lower is better; give the direction yourself (higher or lower)',
  },
  'target.reason.directionFromName': {
    sv: '{reason} ({direction} är bättre, utläst ur ”{name}”)',
    en: '{reason} ({direction} is better, read from “{name}”)',
  },
  'target.reason.directionAssumed': {
    sv: '{reason} (ingen riktning angiven, högre antas vara bättre)',
    en: '{reason} (no direction given, higher assumed to be better)',
  },

  'target.reason.noTarget': { sv: 'inget mätbart mål', en: 'no measurable target' },
  'target.reason.unreadable': { sv: 'målvärdet ”{text}” kunde inte tolkas', en: 'the target “{text}” could not be read' },
} as const satisfies Record<string, Texts>;
