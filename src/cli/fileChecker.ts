/**
 * How the command line checks its files one by one: in this process (tests, and where no compiled worker
 * exists), or each in a worker thread with its own memory and time limit, so that no workbook, however
 * built, can take the process, and with it the report on every other file, down.
 */
import { Worker } from 'worker_threads';
import path from 'path';
import { existsSync } from 'fs';
import type { Locale } from '../core';
import type { CheckOptions } from '../core/tables';
import { DEFAULT_READ_LIMITS } from '../xlsx/readLimits';
import { checkFile, type FileResult } from './checkFile';
import { toJsonFile } from './jsonReport';
import type { JsonFile } from './reportSchema';

/**
 * Checks a file and answers with its part of the report, rendered in `locale`: only that small result
 * outlives the check (the engine's per-row tables of a million-row sheet do not), in this process or
 * across a worker's boundary.
 */
export interface FileChecker {
  /** `options`: how indicators are judged (`--tolerance`, `--band`). */
  check(file: string, locale: Locale, options?: CheckOptions): Promise<JsonFile>;
  close(): Promise<void>;
}

export interface IsolationLimits {
  /** Milliseconds one file's check (reading included) may take before it is stopped. */
  timeLimitMs: number;
  /** Megabytes of JavaScript heap one file's check may use before it is stopped. */
  memoryLimitMb: number;
}

/**
 * The limits of one file's check. The heap limit keeps the whole process (reading buffers and the main
 * thread included) under about 1 GB; the time limit is the reader's own, with a moment's grace so that a
 * slow read stops itself, in its own words, before the worker is ended.
 */
export const DEFAULT_ISOLATION: Readonly<IsolationLimits> = Object.freeze({
  timeLimitMs: DEFAULT_READ_LIMITS.timeLimitMs + 2_000,
  memoryLimitMb: 768,
});

export interface WorkerRequest {
  id: number;
  file: string;
  locale: Locale;
  options?: CheckOptions;
}

type WorkerReply = { ready: true } | { id: number; result: JsonFile };

/**
 * Checks files in this process, one after another.
 *
 * @example
 * const checker = inProcessChecker();
 * await checker.check('a.xlsx'); // → { file: 'a.xlsx', ok: true, check: … }
 */
export function inProcessChecker(): FileChecker {
  return { check: async (file, locale, options) => toJsonFile(await checkFile(file, {}, options), locale), close: async () => undefined };
}

/**
 * Checks files in a worker thread (build/cli/checkWorker.js), one at a time; a worker that runs out of
 * memory or time is ended, that file reported as stopped, and the next file gets a fresh worker.
 *
 * @example
 * const checker = isolatedChecker();
 * await checker.check('enorm.xlsx', 'en'); // → { file: 'enorm.xlsx', …, error: { code: 'memory-limit', message: '…' } }
 * await checker.close();
 */
export function isolatedChecker(limits: IsolationLimits = DEFAULT_ISOLATION, script = path.join(__dirname, 'checkWorker.js')): FileChecker {
  let worker: Worker | null = null;
  /** Resolves once the worker has loaded the checks: its start-up is not the file's time. */
  let ready: Promise<void> = Promise.resolve();
  let nextId = 0;
  let current: { id: number; file: string; locale: Locale; done: (result: JsonFile) => void } | null = null;

  const settle = (result: JsonFile): void => {
    const pending = current;
    current = null;
    pending?.done(result);
  };
  /** The current file, stopped or lost with its worker. */
  const fail = (failure: Omit<Extract<FileResult, { ok: false }>, 'file' | 'ok'>): void => {
    if (current) settle(toJsonFile({ file: current.file, ok: false, ...failure }, current.locale));
  };

  const start = (): Worker => {
    const w = new Worker(script, {
      // A young generation of 16 MB rather than 32: as fast, and the whole process's peak checking the
      // 1 048 576-row sheet of bench/hostile.js was 389–419 MB against 418–447 MB (less promoted to collect).
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryLimitMb, maxYoungGenerationSizeMb: 16 },
      // Whatever a library might print must not mix with the report (JSON above all).
      stdout: true,
      stderr: true,
    });
    w.stdout.resume();
    w.stderr.resume();
    let started: () => void = () => undefined;
    ready = new Promise<void>((resolve) => {
      started = resolve;
    });
    w.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) started();
      else if (current && reply.id === current.id) settle(reply.result);
    });
    w.on('error', (error: NodeJS.ErrnoException) => {
      if (worker === w) worker = null;
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { code: 'memory-limit', detail: limits.memoryLimitMb } : { code: 'unexpected' });
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
      started();
      fail({ code: 'unexpected' });
    });
    return w;
  };

  return {
    async check(file: string, locale: Locale, options?: CheckOptions): Promise<JsonFile> {
      const w = (worker ??= start());
      await ready;
      return new Promise<JsonFile>((resolve) => {
        const id = (nextId += 1);
        const timer = setTimeout(() => {
          if (current?.id !== id) return;
          fail({ code: 'time-limit', detail: Math.round(limits.timeLimitMs / 1000) });
          worker = null;
          void w.terminate();
        }, limits.timeLimitMs);
        current = {
          id,
          file,
          locale,
          done: (result) => {
            clearTimeout(timer);
            resolve(result);
          },
        };
        const request: WorkerRequest = options ? { id, file, locale, options } : { id, file, locale };
        if (worker === w) w.postMessage(request);
        // A worker that ended while starting takes its file with it.
        else fail({ code: 'unexpected' });
      });
    },
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/**
 * The checker the installed command uses: isolated when the compiled worker is there (it always is in
 * build/), in this process otherwise.
 */
export function defaultChecker(): FileChecker {
  return existsSync(path.join(__dirname, 'checkWorker.js')) ? isolatedChecker() : inProcessChecker();
}
