/**
 * The stamp (kontrollstämpel): the canonical text of a checked table's values and its digests, making a stamp
 * after a check without errors, its XML, and what a later reading of the workbook says of it. Hashing is
 * handed in (Sha256), so this room stays pure; docs/stamp.md describes the format.
 */
export {
  STAMP_NAMESPACE,
  type Sha256,
  type StampRecord,
  type StampedTable,
  type StampStatus,
  type TableStampStatus,
  type TableStampState,
  type TablePlace,
} from './types';
export { canonicalNumber, cellToken, parseRange, rowLines, tableText, type RangeRect } from './canonical';
export { tableDigests, gridsBySheet, ROW_DIGEST_HEX, type TableDigests } from './digest';
export { makeStamp, stampRefusal, ROW_DIGEST_BUDGET, type StampInput, type StampOutcome } from './makeStamp';
export { stampXml, readStampRecord, type RawStamp } from './stampXml';
export { verifyStamp } from './verifyStamp';
export { stampLines, type StampView } from './stampLines';
export { requiredStampFinding, type StampFinding, type StampFindingCode, type StampSummary } from './requirement';
