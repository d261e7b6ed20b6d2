/** `malkoll check --require-stamp`: a file not stamped, or changed since its stamp, gets an error of its own. */
import type { Locale } from '../core';
import { requiredStampFinding } from '../core/stamp';
import { formatMessage } from '../i18n/format';
import type { JsonFile } from './reportSchema';
import { localDateTime } from '../stamp/localTime';

/**
 * The file's part of the report with the required stamp's error among its findings and counted, when its
 * stamp is not there, unreadable or no longer matches. A file that could not be read is left as it is.
 *
 * @example
 * withRequiredStamp(file, 'sv').summary.errors // → file.summary.errors + 1 for a file without a stamp
 */
export function withRequiredStamp(file: JsonFile, locale: Locale): JsonFile {
  if (file.error || !file.stamp) return file;
  const { status, checkedAt, reason } = file.stamp;
  const finding = requiredStampFinding({ status, checkedAt: checkedAt && localDateTime(checkedAt), reason });
  if (!finding) return file;
  return {
    ...file,
    findings: [...file.findings, { severity: finding.severity, code: finding.code, message: formatMessage(locale, finding.message) }],
    summary: { ...file.summary, errors: file.summary.errors + 1 },
  };
}
