import { checkVolumes } from '.';
import { findPrice } from '../../prices/findPrice';
import { formatMessage } from '../../../i18n/format';
test('booleans quoted as Excel shows them', () => {
  const check = checkVolumes({
    cells: [
      ['', 'Uppdrag', 'Bas', 'Tillägg'],
      ['A', true, 1, 1],
    ],
    top: 1,
    left: 1,
  });
  const f = check.tables[0].findings.find((x) => x.code === 'not-a-number')!;
  expect(formatMessage('sv', f.message)).toContain('SANT');
  expect(formatMessage('en', f.message)).toContain('TRUE');
  const p = findPrice('besök', null, [['besök', '', true]]);
  expect(p.ok).toBe(false);
  if (!p.ok) expect(formatMessage('sv', p.message)).toContain('SANT');
});
