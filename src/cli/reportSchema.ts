/**
 * The stable JSON of `malkoll check --json` (docs/cli.md, "The JSON"), as a zod schema so that
 * scripts and tests can validate it. Objects are strict: a key that is not declared here is a change
 * of the contract.
 *
 * Second round: an indicator's status may be `partly` (with `--tolerance`), and it carries `development` against the
 * table's reference column; the report names the `settings` it was judged with.
 * Beyond the example in docs/cli.md, each file also carries `findings` (findings on a sheet or the workbook that
 * belong to no table, e.g. no table found, formulas saved without results), `summary` (that file's counts)
 * and, for a file that could not be read, `error`; the overall summary also counts `unreadable` files.
 * Counts are of problems: a mistyped figure and the column total it breaks are two findings (the total
 * with `causedBy` naming the figure's cell) and one error; missed targets are `missed`, not warnings.
 * A production table (`kind: "production"`) says in `checks` what its check covered: how many sum rows,
 * change columns and share columns its figures showed.
 */
import { z } from 'zod';

const severity = z.enum(['error', 'warning']);

/** A cell value as JSON carries it: blanks are null, Excel errors `{ "error": "#REF!" }`. */
export const jsonCellValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null(), z.strictObject({ error: z.string().regex(/^#/) })]);

const a1 = z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/);
const a1Range = z.string().regex(/^[A-Z]{1,3}[1-9]\d*(?::[A-Z]{1,3}[1-9]\d*)?$/);
const sheetRow = z.number().int().positive();
const count = z.number().int().nonnegative();

export const jsonFindingSchema = z.strictObject({
  cell: a1,
  row: sheetRow,
  severity,
  code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  message: z.string().min(1),
  /** The cell whose fix clears this finding too: a column's total broken by a mistyped figure names that figure's cell. */
  causedBy: a1.optional(),
});

const development = z.enum(['better', 'unchanged', 'worse']);

export const jsonIndicatorSchema = z.strictObject({
  row: sheetRow,
  indicator: z.string(),
  target: z.string(),
  outcome: jsonCellValueSchema,
  /** `partly` only when the check was given a tolerance (`--tolerance`). */
  status: z.enum(['met', 'partly', 'missed', 'not-assessable']),
  reason: z.string().min(1),
  /** Against the reference column, when the table has one: `mixed` when a split outcome's groups went different ways. */
  development: z.enum(['better', 'unchanged', 'worse', 'mixed']).optional(),
  developmentByGroup: z.array(z.strictObject({ group: z.string(), development })).optional(),
});

/** What a production table's check covered: its sum rows, sum columns (only when it has some), change and share columns. */
export const jsonProductionChecksSchema = z.strictObject({ subtotals: count, columnSums: count.optional(), changes: count, shares: count });

export const jsonTableSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    sheet: z.string(),
    range: a1Range,
    kind: z.literal('volumes'),
    findings: z.array(jsonFindingSchema),
  }),
  z.strictObject({
    sheet: z.string(),
    range: a1Range,
    kind: z.literal('indicators'),
    findings: z.array(jsonFindingSchema),
    indicators: z.array(jsonIndicatorSchema),
    /** Which column was read as what, and why where a heading alone did not decide it. */
    columns: z.string().min(1).optional(),
  }),
  z.strictObject({
    sheet: z.string(),
    range: a1Range,
    kind: z.literal('production'),
    findings: z.array(jsonFindingSchema),
    checks: jsonProductionChecksSchema,
  }),
]);

/** A finding that belongs to no table: on a sheet (with its cell) or on the whole workbook (without). */
export const jsonWorkbookFindingSchema = z.strictObject({
  sheet: z.string().optional(),
  cell: a1.optional(),
  row: sheetRow.optional(),
  severity,
  code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  message: z.string().min(1),
});

export const jsonFileSummarySchema = z.strictObject({ errors: count, warnings: count, missed: count });

/**
 * The workbook's stamp (docs/stamp.md): `unchanged` since it was stamped, `changed` after it (each table with
 * its state and, where the stamp can tell, the sheet rows that changed), `none`, or `unreadable` (with the
 * reason). Beyond the contract's keys: `source` (where it was stamped) and `reason`.
 */
export const jsonStampSchema = z.strictObject({
  status: z.enum(['unchanged', 'changed', 'none', 'unreadable']),
  checkedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    .optional(),
  version: z.string().optional(),
  source: z.enum(['pane', 'cli']).optional(),
  reason: z.string().min(1).optional(),
  tables: z.array(
    z.strictObject({
      sheet: z.string(),
      range: a1Range,
      status: z.enum(['unchanged', 'changed', 'missing', 'added']),
      rows: z.array(sheetRow).optional(),
    }),
  ),
});

export const jsonFileSchema = z.strictObject({
  file: z.string(),
  tables: z.array(jsonTableSchema),
  findings: z.array(jsonWorkbookFindingSchema),
  summary: jsonFileSummarySchema,
  /** Every file that could be read says what its stamp says. */
  stamp: jsonStampSchema.optional(),
  /** Present only when the file could not be read; `tables` and `findings` are then empty. */
  error: z
    .strictObject({
      code: z.enum([
        'not-found',
        'not-a-file',
        'not-regular',
        'no-access',
        'read-failed',
        'empty',
        'not-xlsx',
        'xls-or-encrypted',
        'corrupt',
        'no-sheets',
        'too-large',
        'time-limit',
        'memory-limit',
        'unexpected',
      ]),
      message: z.string().min(1),
    })
    .optional(),
});

/** How indicators were judged, when the command line was told: `--tolerance` (partly met) and `--band` (unchanged). */
export const jsonSettingsSchema = z.strictObject({
  tolerance: z.number().min(0).max(1).optional(),
  band: z.number().min(0).max(1).optional(),
});

export const reportSchema = z.strictObject({
  settings: jsonSettingsSchema.optional(),
  files: z.array(jsonFileSchema),
  summary: z.strictObject({ errors: count, warnings: count, missed: count, unreadable: count }),
});

export type JsonReport = z.infer<typeof reportSchema>;
export type JsonFile = z.infer<typeof jsonFileSchema>;
export type JsonTable = z.infer<typeof jsonTableSchema>;
export type JsonFinding = z.infer<typeof jsonFindingSchema>;
export type JsonWorkbookFinding = z.infer<typeof jsonWorkbookFindingSchema>;
export type JsonIndicator = z.infer<typeof jsonIndicatorSchema>;
export type JsonStamp = z.infer<typeof jsonStampSchema>;
export type JsonReadErrorCode = NonNullable<JsonFile['error']>['code'];
