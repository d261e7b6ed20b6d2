/**
 * The stable JSON of `malkoll settle --json` as a zod schema, as `check`'s is (reportSchema.ts): objects
 * are strict, so a key not declared here is a change of the contract. Beyond the contract's example:
 * `monthFrom`, `assignment`, `previous` and `prices` say what the settlement was made from; a hospital's
 * `names`, `files` (a duplicate's), `sheet`, `errors`/`warnings` and `check` (its submission's own findings,
 * as `malkoll check` reports them) and `indicators`; a row's `cell` (its performed cell); totals'
 * `settledBefore`; round-level `findings` (the assignment's, the earlier settlement's); a `summary`.
 */
import { z } from 'zod';

const severity = z.enum(['error', 'warning']);
const a1 = z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/);
const count = z.number().int().nonnegative();
const kronor = z.number().int();
const rule = z.enum(['pro-rata', 'annual']);
const month = z.number().int().min(1).max(12);

export const settleFindingSchema = z.strictObject({
  code: z.enum([
    'assignment-changed',
    'assignment-row-missing',
    'assignment-row-added',
    'performed-missing',
    'hospital-missing',
    'hospital-duplicate',
    'hospital-unknown',
    'hospital-unnamed',
    'price-missing',
    'month-differs',
    'previous-not-earlier',
    'no-assignment',
  ]),
  severity,
  file: z.string().optional(),
  sheet: z.string().optional(),
  cell: a1.optional(),
  assigned: z.number().optional(),
  submitted: z.union([z.number(), z.string(), z.boolean(), z.null()]).optional(),
  section: z.string().optional(),
  group: z.string().optional(),
  specialty: z.string().optional(),
  message: z.string().min(1),
});

export const settleTotalsSchema = z.strictObject({
  planToDate: z.number().nonnegative(),
  performed: z.number(),
  fulfilment: z.number().nonnegative().nullable(),
  reimbursement: kronor,
  settledBefore: kronor,
  toSettle: kronor,
});

export const settleRowSchema = z.strictObject({
  section: z.string(),
  group: z.string(),
  specialty: z.string(),
  uppdrag: z.number(),
  bas: z.number(),
  tillagg: z.number(),
  performed: z.number().nullable(),
  planToDate: z.number().nonnegative(),
  fulfilment: z.number().nonnegative().nullable(),
  additional: z.number().nonnegative(),
  priceKind: z.enum(['besök', 'behandling', 'koloskopi', 'gastroskopi']).nullable(),
  price: z.number().nonnegative().nullable(),
  reimbursement: kronor.nonnegative(),
  settledBefore: kronor,
  toSettle: kronor,
  cell: a1.optional(),
});

/** A submission's own check: its findings as `malkoll check` reports them (missed targets are not among them). */
export const settleOwnCheckSchema = z.strictObject({
  findings: z.array(
    z.strictObject({ sheet: z.string().optional(), cell: a1.optional(), severity, code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/), message: z.string().min(1) }),
  ),
  summary: z.strictObject({ errors: count, warnings: count }),
});

export const settleHospitalSchema = z.strictObject({
  hospital: z.string().min(1),
  names: z.array(z.string()),
  file: z.string().optional(),
  files: z.array(z.string()).optional(),
  sheet: z.string().optional(),
  status: z.enum(['settled', 'preliminary', 'missing', 'duplicate']),
  errors: count,
  warnings: count,
  findings: z.array(settleFindingSchema),
  check: settleOwnCheckSchema.optional(),
  rows: z.array(settleRowSchema),
  totals: settleTotalsSchema,
  indicators: z.array(
    z.strictObject({
      indicator: z.string(),
      target: z.string(),
      outcome: z.union([z.number(), z.string(), z.boolean(), z.null()]),
      status: z.enum(['met', 'partly', 'missed', 'not-assessable']),
    }),
  ),
});

export const settleReportSchema = z.strictObject({
  month,
  monthFrom: z.enum(['given', 'headers']),
  rule,
  assignment: z.string(),
  previous: z.strictObject({ file: z.string().optional(), month: month.optional(), rule: rule.optional() }).optional(),
  prices: z.strictObject({
    mapping: z.array(z.strictObject({ group: z.string(), kind: z.enum(['besök', 'behandling', 'koloskopi', 'gastroskopi', 'by-row-name']) })),
    table: z.string().optional(),
  }),
  hospitals: z.array(settleHospitalSchema),
  region: settleTotalsSchema,
  /** Submissions settled under no hospital (`hospital-unknown`), and submissions that could not be read (`error`). */
  files: z.array(
    z.strictObject({
      file: z.string(),
      findings: z.array(settleFindingSchema),
      error: z.strictObject({ code: z.string(), message: z.string().min(1) }).optional(),
    }),
  ),
  findings: z.array(settleFindingSchema),
  summary: z.strictObject({
    hospitals: count,
    settled: count,
    preliminary: count,
    missing: count,
    duplicate: count,
    errors: count,
    warnings: count,
    unreadable: count,
  }),
});

export type SettleReport = z.infer<typeof settleReportSchema>;
export type SettleHospitalJson = z.infer<typeof settleHospitalSchema>;
export type SettleFindingJson = z.infer<typeof settleFindingSchema>;
export type SettleTotalsJson = z.infer<typeof settleTotalsSchema>;
