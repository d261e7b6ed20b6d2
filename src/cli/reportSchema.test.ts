import { reportSchema } from './reportSchema';

/** The example of docs/cli.md ("The JSON"), with the per-file additions this CLI makes. */
const example = {
  files: [
    {
      file: 'a.xlsx',
      tables: [
        {
          sheet: 'Volymer 2025',
          range: 'A1:D60',
          kind: 'volumes',
          findings: [{ cell: 'C31', row: 31, severity: 'error', code: 'sum-mismatch', message: 'uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937' }],
        },
        {
          sheet: 'Indikatorer',
          range: 'A3:F40',
          kind: 'indicators',
          findings: [],
          indicators: [
            { row: 4, indicator: 'Vårdgaranti första besök', target: '100 %', outcome: 0.51, status: 'missed', reason: 'utfall 51 % mot mål ≥ 100 %' },
          ],
        },
        {
          sheet: 'Besök',
          range: 'A1:H8',
          kind: 'production',
          findings: [
            {
              cell: 'D3',
              row: 3,
              severity: 'error',
              code: 'change-mismatch',
              message: 'Förändring %: 8,6 %, men 29 752 (202204) mot 27 864 (202104) ger 6,8 %',
            },
          ],
          checks: { subtotals: 3, changes: 2, shares: 1 },
        },
      ],
      findings: [],
      summary: { errors: 1, warnings: 0, missed: 1 },
    },
    {
      file: 'b.xlsx',
      tables: [],
      findings: [],
      summary: { errors: 0, warnings: 0, missed: 0 },
      error: { code: 'not-found', message: 'b.xlsx: filen finns inte.' },
    },
  ],
  summary: { errors: 1, warnings: 0, missed: 1, unreadable: 1 },
};

describe('reportSchema', () => {
  it('accepts the documented JSON', () => {
    expect(reportSchema.safeParse(example).success).toBe(true);
  });

  it('rejects what would break a script: an undeclared key, a cell that is not A1, an unknown status or kind', () => {
    const variants: ((r: typeof example) => void)[] = [
      (r) => Object.assign(r.summary, { extra: 1 }),
      (r) => Object.assign(r.files[0].tables[0].findings[0], { cell: "'Volymer 2025'!C31" }),
      (r) => Object.assign(r.files[0].tables[1].indicators![0], { status: 'partly-met' }),
      (r) => Object.assign(r.files[0].tables[0], { kind: 'prices' }),
      (r) => Object.assign(r.files[0].tables[0].findings[0], { row: 0 }),
      (r) => Object.assign(r.files[0].tables[0].findings[0], { message: '' }),
      (r) => Object.assign(r.files[1], { error: { code: 'oops', message: 'x' } }),
      (r) => Object.assign(r.files[0].tables[2], { checks: { subtotals: 3, changes: 2 } }),
      (r) => Object.assign(r.files[0].tables[2], { indicators: [] }),
    ];
    for (const change of variants) {
      const copy = JSON.parse(JSON.stringify(example));
      change(copy);
      expect(reportSchema.safeParse(copy).success).toBe(false);
    }
  });
});
