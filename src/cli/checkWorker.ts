/**
 * The worker thread in which the command line checks one file at a time (see fileChecker.ts): it receives
 * a file name and answers with the file's part of the report, rendered, as plain data (small: the
 * engine's per-row tables stay here and are dropped with the check).
 */
import { parentPort } from 'worker_threads';
import type { Locale } from '../core';
import { checkFile } from './checkFile';
import { toJsonFile } from './jsonReport';

parentPort?.on('message', (request: { id: number; file: string; locale: Locale }) => {
  void checkFile(request.file).then((result) => parentPort?.postMessage({ id: request.id, result: toJsonFile(result, request.locale) }));
});
parentPort?.postMessage({ ready: true });
