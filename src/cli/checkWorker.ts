/**
 * The worker thread in which the command line checks one file at a time (see fileChecker.ts): it receives
 * a file name and answers with the file's result, as plain data.
 */
import { parentPort } from 'worker_threads';
import { checkFile } from './checkFile';

parentPort?.on('message', (request: { id: number; file: string }) => {
  void checkFile(request.file).then((result) => parentPort?.postMessage({ id: request.id, result }));
});
parentPort?.postMessage({ ready: true });
