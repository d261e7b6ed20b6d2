import { isGrandTotalLabel, isProse, isTotalsLabel, knownHeading, volumeHeaderRole } from './volumeVocabulary';

describe('volumeHeaderRole', () => {
  test.each([
    ['uppdrag', 'total'],
    ['Uppdrag', 'total'],
    ['Totalt', 'total'],
    ['Total', 'total'],
    ['SV uppdrag', 'total'],
    ['SV bas', 'base'],
    ['Basvolym', 'base'],
    ['BAS', 'base'],
    ['Base', 'base'],
    ['tillägg', 'additional'],
    ['Tilläggsvolym', 'additional'],
    ['TILLAGG', 'additional'],
    ['Additional', 'additional'],
    ['Utfört', 'outcome'],
    ['Utfall', 'outcome'],
    ['Performed', 'outcome'],
    ['Outcome', 'outcome'],
    ['Tilla\u0308gg', 'additional'],
  ])('%s → %s', (text, role) => {
    expect(volumeHeaderRole(text)).toBe(role);
  });

  test.each([
    ['Tillägsvolym', 'additional'],
    ['Tilägg', 'additional'],
    ['Tillägsvolymer', 'additional'],
    ['Basvoly', 'base'],
    ['Uppdarg', 'total'],
    ['Utförd', 'outcome'],
  ])('the misspelling %s is still read as %s (a small edit distance, as with "Förstabetesök")', (text, role) => {
    expect(volumeHeaderRole(text)).toBe(role);
  });

  test.each(['Basår', 'Basis', 'Extra', 'Tillstånd', 'Uppgift', 'Uppföljning', 'Totalpris', 'Utfallet i procent av målet'])(
    '%s is not taken for a misspelt heading',
    (text) => {
      expect(volumeHeaderRole(text)).toBeNull();
    },
  );

  test.each(['Basår', 'Specialitet', 'Indikator/Uppföljning', '2025', '', 'Basvolymerna ingår i respektive sjukhus uppdrag vilka ersätts genom anslag.'])(
    '%s is no volume heading',
    (text) => {
      expect(volumeHeaderRole(text)).toBeNull();
    },
  );
});

describe('row labels', () => {
  test('totals rows and grand totals', () => {
    expect(['Totalsumma', '<b>Totalsumma</b>', 'Summa', 'Summa psykiatri', 'Delsumma', 'Totalt', 'Total'].every(isTotalsLabel)).toBe(true);
    expect(['Thorax', 'Obesitas', 'Gynekologi', 'Summering av året'].some(isTotalsLabel)).toBe(false);
    expect(['Totalsumma', 'Totalt', 'Total', 'Summa totalt', 'Totalt 2025'].every(isGrandTotalLabel)).toBe(true);
    expect(['Summa psykiatri', 'Summa', 'Delsumma'].some(isGrandTotalLabel)).toBe(false);
  });

  test("known sections and groups, with the seed's typo", () => {
    expect(knownHeading('Psykiatri')).toBe('section');
    expect(knownHeading('<b>Somatik</b>')).toBe('section');
    expect(
      ['Förstabesök', 'Förstabetesök', 'Första besök', 'Utredning', 'Behandling', 'Operation/åtgärd', 'Undersökning', 'First visits'].map(knownHeading),
    ).toEqual(Array(8).fill('group'));
    expect(knownHeading('Ortopedi')).toBeNull();
    expect(knownHeading('Höft- & knäprotes')).toBeNull();
  });

  test('prose', () => {
    expect(isProse('## Externa produktionsuppdrag')).toBe(true);
    expect(isProse('För både besök och behandling kan såväl basvolymerna som tilläggsvolymerna komma att justeras under innevarande år.')).toBe(true);
    expect(isProse('Källan är Koncernkontoret. Uppgifterna avser helår.')).toBe(true);
    expect(isProse('Övriga ögon')).toBe(false);
  });
});
