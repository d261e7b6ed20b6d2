import { checkVolumes } from '../../core/tables';
import type { VolumeTable } from '../../core/tables';
import type { Grid } from '../../core';
import { seedVolumeRows } from '../../../test/taskpane/workbooks';
import { calculationMapping } from './calculationMapping';

const table = checkVolumes({ cells: seedVolumeRows(), top: 1, left: 1 } as Grid).tables[0] as VolumeTable;

describe('calculationMapping', () => {
  it('shows each group of the seed table once with the price it is paid at (the default price kinds of docs/functions.md, the 2025 prices)', () => {
    expect(calculationMapping(table, 'SV')).toEqual([
      { group: 'Förstabetesök', kind: 'besök', price: 2449 },
      { group: 'Utredning', kind: 'behandling', price: 35025 },
      { group: 'Behandling', kind: 'behandling', price: 35025 },
      { group: 'Operation/åtgärd', kind: 'behandling', price: 35025 },
      { group: 'Undersökning', kind: 'by-row-name', price: 4363 },
    ]);
  });

  it('prices examinations at the chosen hospital', () => {
    expect(calculationMapping(table, 'SÄS').find((m) => m.group === 'Undersökning')?.price).toBe(4889);
  });

  it('prices a group as its rows are priced: an examination that is neither colonoscopy nor gastroscopy is not paid', () => {
    // As the calculation formulas do (priceKindForRow): Undersökning is priced by each row's name.
    const rows = seedVolumeRows().map((r) => [...r]);
    const only = (label: string) => rows.filter((r) => (r[0] !== 'Koloskopi' && r[0] !== 'Gastroskopi') || r[0] === label);
    const koloskopiOnly = checkVolumes({ cells: only('Koloskopi'), top: 1, left: 1 } as Grid).tables[0] as VolumeTable;
    expect(calculationMapping(koloskopiOnly, 'SV').find((m) => m.group === 'Undersökning')).toEqual({ group: 'Undersökning', kind: 'koloskopi', price: 4363 });
    const ultraljud = rows.map((r) => (r[0] === 'Koloskopi' || r[0] === 'Gastroskopi' ? ['Ultraljud', ...r.slice(1)] : r));
    const unpriced = checkVolumes({ cells: ultraljud, top: 1, left: 1 } as Grid).tables[0] as VolumeTable;
    expect(calculationMapping(unpriced, 'SV').find((m) => m.group === 'Undersökning')).toEqual({ group: 'Undersökning', kind: null, price: null });
  });

  it('says when the mapping does not price a group', () => {
    // The seed misspells the heading "Förstabetesök": a mapping must name the group as the table writes it.
    expect(calculationMapping(table, 'SV', [{ group: 'Förstabetesök', kind: 'besök' }]).map((m) => m.kind)).toEqual(['besök', null, null, null, null]);
  });
});
