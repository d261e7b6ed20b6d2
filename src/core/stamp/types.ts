/**
 * The stamp (kontrollstämpel): a record kept in the workbook, in no cell, of a check that found no errors
 * — Målkoll's version, the time, the settings, the counts, and for each checked table a digest of its values
 * — and what a later reading of the workbook says about it. docs/stamp.md describes the format.
 */
import type { Message } from '../types';

/** The XML namespace of the stamp's custom XML part; its last segment is the format's version. */
export const STAMP_NAMESPACE = 'urn:malkoll:stamp:1';

/**
 * SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. Injected (Web Crypto in Node, the browser and
 * the pane) so that the core stays free of any platform.
 */
export type Sha256 = (text: string) => Promise<string>;

/** One checked table as stamped. */
export interface StampedTable {
  sheet: string;
  /** A1 range on the sheet, e.g. "A1:D61". */
  range: string;
  /** The kind of table the check found there (volumes, indicators, production). */
  kind: string;
  /** SHA-256 of the table's canonical text (see ./canonical). */
  sha256: string;
  /**
   * One short digest per row of the range, top to bottom, when the stamp had room for them (ROW_DIGEST_BUDGET):
   * what lets a later reading say which rows changed.
   */
  rows?: string[];
}

export interface StampRecord {
  /** Målkoll's version that stamped, e.g. "0.1.0". */
  version: string;
  /** When the check was stamped: ISO 8601 in UTC, to the second ("2025-09-05T14:02:11Z"). */
  checkedAt: string;
  /** Where it was stamped: in Excel by the task pane, or by `malkoll stamp`. */
  source: 'pane' | 'cli';
  /** The settings the indicators were judged with. */
  settings: { tolerance?: number; band?: number };
  /** The check's counts (problems of severity error are always 0: only a check without errors is stamped). */
  counts: { errors: number; warnings: number; missed: number };
  tables: StampedTable[];
}

/** What a reading says of one table: as stamped, changed, gone, or a table the stamp does not hold. */
export type TableStampState = 'unchanged' | 'changed' | 'missing' | 'added';

export interface TableStampStatus {
  sheet: string;
  range: string;
  status: TableStampState;
  /** The sheet rows that changed, where the stamp can tell (it holds row digests); sorted. */
  rows?: number[];
}

/** What a reading of a workbook says of its stamp. */
export type StampStatus =
  | { status: 'none' }
  | { status: 'unreadable'; reason: Message }
  | { status: 'unchanged' | 'changed'; checkedAt: string; version: string; source: 'pane' | 'cli'; tables: TableStampStatus[] };

/** A place that a check found a table, as the stamp names it. */
export interface TablePlace {
  sheet: string;
  range: string;
  kind: string;
}
