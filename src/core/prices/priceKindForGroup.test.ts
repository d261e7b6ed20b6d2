import { DEFAULT_PRICE_KIND_MAPPING, priceKindForRow } from './priceKindForGroup';
import type { PriceKindMapping } from './priceKindForGroup';

describe('priceKindForRow', () => {
  it.each([
    ['Förstabesök', 'Allmän kirurgi', 'besök'],
    ['Förstabetesök', 'Ortopedi', 'besök'], // seed 000's own spelling
    ['Första besök', 'BUP', 'besök'],
    ['Nybesök', 'Hud', 'besök'],
    ['  förstabesök ', 'Hud', 'besök'],
    ['Behandling', 'VUP', 'behandling'],
    ['Utredning', 'BUP', 'behandling'],
    ['Operation/åtgärd', 'Höft- & knäprotes', 'behandling'],
    ['Operation / åtgärd', 'Övrig ortopedi', 'behandling'],
    ['Undersökning', 'Koloskopi', 'koloskopi'],
    ['Undersökning', 'Gastroskopi', 'gastroskopi'],
    ['undersökning', ' koloskopier', 'koloskopi'],
  ])('%p / %p → %p', (group, row, kind) => {
    expect(priceKindForRow(group, row)).toBe(kind);
  });

  it.each([
    [undefined, 'BUP'],
    ['', 'BUP'],
    ['Psykiatri', 'BUP'],
    ['Undersökning', 'Bronkoskopi'],
    ['Totalsumma', ''],
  ])('%p / %p is not priced', (group, row) => {
    expect(priceKindForRow(group, row)).toBeNull();
  });

  it('a changed mapping pays psychiatric Utredning and Behandling as visits', () => {
    const asVisits: PriceKindMapping = DEFAULT_PRICE_KIND_MAPPING.map((r) =>
      r.group === 'Utredning' || r.group === 'Behandling' ? { ...r, kind: 'besök' as const } : r,
    );
    expect(priceKindForRow('Utredning', 'BUP', asVisits)).toBe('besök');
    expect(priceKindForRow('Behandling', 'VUP', asVisits)).toBe('besök');
    expect(priceKindForRow('Operation/åtgärd', 'Rygg', asVisits)).toBe('behandling');
    // The default is untouched.
    expect(priceKindForRow('Utredning', 'BUP')).toBe('behandling');
  });

  it('the default mapping is the one docs/functions.md documents', () => {
    expect(DEFAULT_PRICE_KIND_MAPPING.map((r) => [r.group, r.kind])).toEqual([
      ['Förstabesök', 'besök'],
      ['Förstabetesök', 'besök'],
      ['Första besök', 'besök'],
      ['Nybesök', 'besök'],
      ['Behandling', 'behandling'],
      ['Utredning', 'behandling'],
      ['Operation/åtgärd', 'behandling'],
      ['Undersökning', 'by-row-name'],
    ]);
  });
});
