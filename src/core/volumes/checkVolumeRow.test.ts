import { formatMessage } from '../../i18n/format';
import { checkVolumeRow } from './checkVolumeRow';

/** Seed 000, "Bas- och tilläggsvolymerna för 2025" (Sjukhusen i väster): [group, row, uppdrag, bas, tillägg]. */
const VOLUMES_2025: [string, string, number, number, number][] = [
  ['Psykiatri Förstabesök', 'BUP', 760, 516, 244],
  ['Psykiatri Förstabesök', 'VUP', 1000, 630, 370],
  ['Psykiatri Utredning', 'BUP', 260, 200, 60],
  ['Psykiatri Utredning', 'VUP', 120, 84, 36],
  ['Psykiatri Behandling', 'BUP', 850, 595, 255],
  ['Psykiatri Behandling', 'VUP', 1100, 770, 330],
  ['Somatik Förstabesök', 'Allergologi', 0, 0, 0],
  ['Somatik Förstabesök', 'Allmän kirurgi', 8100, 6336, 1764],
  ['Somatik Förstabesök', 'Barnkirurgi', 0, 0, 0],
  ['Somatik Förstabesök', 'BUM', 2350, 1575, 775],
  ['Somatik Förstabesök', 'Gynekologi', 8760, 8161, 599],
  ['Somatik Förstabesök', 'Handkirurgi', 0, 0, 0],
  ['Somatik Förstabesök', 'Hud', 5500, 3858, 1642],
  ['Somatik Förstabesök', 'Internmedicin', 1780, 1143, 637],
  ['Somatik Förstabesök', 'Kardiologi', 3550, 2438, 1112],
  ['Somatik Förstabesök', 'Kärlkirurgi', 0, 0, 0],
  ['Somatik Förstabesök', 'Logopedi', 855, 528, 327],
  ['Somatik Förstabesök', 'Lungmedicin', 800, 560, 240],
  ['Somatik Förstabesök', 'Neurokirurgi', 0, 0, 0],
  ['Somatik Förstabesök', 'Neurologi', 1400, 1168, 232],
  ['Somatik Förstabesök', 'Njurmedicin', 0, 0, 0],
  ['Somatik Förstabesök', 'Onkologi', 0, 0, 0],
  ['Somatik Förstabesök', 'Ortopedi', 11080, 8143, 2937],
  ['Somatik Förstabesök', 'Plastikkirurgi', 0, 0, 0],
  ['Somatik Förstabesök', 'Reumatologi', 0, 0, 0],
  ['Somatik Förstabesök', 'Urologi', 3150, 2170, 980],
  ['Somatik Förstabesök', 'Ögon', 0, 0, 0],
  ['Somatik Förstabesök', 'ÖNH', 5800, 5144, 656],
  ['Operation/åtgärd', 'Ablation', 0, 0, 0],
  ['Operation/åtgärd', 'Allmän kirurgi', 6600, 3543, 3057],
  ['Operation/åtgärd', 'Axelprotes', 80, 28, 52],
  ['Operation/åtgärd', 'Barnkirurgi', 0, 0, 0],
  ['Operation/åtgärd', 'Gynekologi', 1850, 1210, 640],
  ['Operation/åtgärd', 'Handkirurgi', 0, 0, 0],
  ['Operation/åtgärd', 'Höft- & knäprotes', 780, 525, 255],
  ['Operation/åtgärd', 'Kardiologi', 280, 137, 143],
  ['Operation/åtgärd', 'Katarakt', 0, 0, 0],
  ['Operation/åtgärd', 'Kärlkirurgi', 0, 0, 0],
  ['Operation/åtgärd', 'Neurokirurgi', 0, 0, 0],
  ['Operation/åtgärd', 'Obesitas', 0, 0, 0],
  ['Operation/åtgärd', 'Plastikkirurgi', 0, 0, 0],
  ['Operation/åtgärd', 'Rygg', 0, 0, 0],
  ['Operation/åtgärd', 'Thorax', 0, 0, 0],
  ['Operation/åtgärd', 'Urologi', 1450, 714, 736],
  ['Operation/åtgärd', 'ÖNH', 1520, 1025, 495],
  ['Operation/åtgärd', 'Övrig ortopedi', 5560, 4698, 862],
  ['Operation/åtgärd', 'Övriga ögon', 0, 0, 0],
  ['Undersökning', 'Gastroskopi', 3550, 2391, 1159],
  ['Undersökning', 'Koloskopi', 3720, 1007, 2713],
];
/** The table's Totalsumma row. */
const TOTAL_2025 = { total: 82605, base: 59297, additional: 23308 };

describe('checkVolumeRow on seed 000', () => {
  it.each(VOLUMES_2025)('%s, %s: %d = %d + %d is OK', (_group, _row, total, base, additional) => {
    expect(checkVolumeRow(total, base, additional)).toBeNull();
  });

  it('the fixture adds up to the Totalsumma row, so no figure was mistyped', () => {
    const sum = (i: 2 | 3 | 4) => VOLUMES_2025.reduce((s, r) => s + r[i], 0);
    expect([sum(2), sum(3), sum(4)]).toEqual([TOTAL_2025.total, TOTAL_2025.base, TOTAL_2025.additional]);
    expect(VOLUMES_2025).toHaveLength(49);
    expect(checkVolumeRow(TOTAL_2025.total, TOTAL_2025.base, TOTAL_2025.additional)).toBeNull();
  });

  it('Ortopedi 11 080 = 8 143 + 2 937 is OK; the transposed 8 134 is not', () => {
    expect(checkVolumeRow(11080, 8143, 2937)).toBeNull();
    const m = checkVolumeRow(11080, 8134, 2937);
    expect(m).toEqual({ key: 'volume.row.sumMismatch', params: { total: 11080, base: 8134, additional: 2937 } });
    // sv-SE groups thousands with a no-break space, as Swedish Excel shows them.
    expect(formatMessage('sv', m!)).toBe('uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937');
    expect(formatMessage('en', m!)).toBe('total 11,080 ≠ base 8,134 + additional 2,937');
  });
});

describe('checkVolumeRow on broken figures', () => {
  it('names a negative figure', () => {
    const m = checkVolumeRow(760, -516, 244)!;
    expect(m.key).toBe('volume.negative');
    expect(formatMessage('sv', m)).toBe('bas −516 är mindre än noll');
    expect(formatMessage('en', m)).toBe('base -516 is negative');
  });

  it('names a figure that is not whole, before the sum it spoils', () => {
    const m = checkVolumeRow(760, 516, 244.5)!;
    expect(m.key).toBe('volume.notWhole');
    expect(formatMessage('sv', m)).toBe('tillägg 244,5 är inte ett heltal');
    expect(formatMessage('en', m)).toBe('additional 244.5 is not a whole number');
  });

  it('reports a negative figure before a fractional one', () => {
    expect(checkVolumeRow(-1, 0.5, 0)!.key).toBe('volume.negative');
  });

  it('rejects NaN and Infinity without echoing them', () => {
    const m = checkVolumeRow(Number.NaN, 516, 244)!;
    expect(formatMessage('sv', m)).toBe('uppdrag är inte ett tal');
    expect(formatMessage('en', checkVolumeRow(760, 516, Number.POSITIVE_INFINITY)!)).toBe('additional is not a number');
  });

  it('a sum that is off by one is a mismatch', () => {
    expect(checkVolumeRow(761, 516, 244)?.key).toBe('volume.row.sumMismatch');
    expect(checkVolumeRow(0, 0, 1)?.key).toBe('volume.row.sumMismatch');
  });
});

describe('checkVolumeRow with floating-point noise', () => {
  it('VOLUME_CHECK(2;1;1.0000000000000002) is OK: the addition is 1 within noise', () => {
    expect(checkVolumeRow(2, 1, 1.0000000000000002)).toBeNull();
  });

  it('a figure computed in Excel as =1,1*3*1000 (3300.0000000000005) counts as 3 300', () => {
    expect(1.1 * 3 * 1000).not.toBe(3300);
    expect(checkVolumeRow(1.1 * 3 * 1000, 3300, 0)).toBeNull();
    // Psykiatri Utredning VUP 120 = 84 + 36, with the base as =0,1*3*280 (84.00000000000001).
    expect(0.1 * 3 * 280).not.toBe(84);
    expect(checkVolumeRow(120, 0.1 * 3 * 280, 36)).toBeNull();
  });

  it('the sum uses the whole values, so noise never makes a mismatch or hides one', () => {
    expect(checkVolumeRow(3, 1.000000000000001, 2.0000000000000004)).toBeNull();
    expect(checkVolumeRow(11080, 8134.000000000001, 2937)).toEqual({
      key: 'volume.row.sumMismatch',
      params: { total: 11080, base: 8134, additional: 2937 },
    });
  });

  it('a real fraction is still not whole, and a hair below zero is zero, not negative', () => {
    expect(checkVolumeRow(760, 516, 244.000001)?.key).toBe('volume.notWhole');
    expect(checkVolumeRow(0, -1e-17, 0)).toBeNull();
  });
});
