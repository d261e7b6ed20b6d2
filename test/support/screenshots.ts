/**
 * README's screenshots, and whether they still show the pane as it is. `npm run screenshots` takes them
 * (MALKOLL_SCREENSHOTS=1) and writes beside them, in docs/screenshots/screenshots.json, the text each one
 * shows (times blanked). An ordinary test run takes the same shots into a temp folder and compares their
 * text with that file: a change in what the pane says (C30 where a shot shows B30) fails until the shots are
 * taken again. Text, not pixels: fonts and anti-aliasing differ between machines, words do not.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..');
const DOCS = path.join(ROOT, 'docs', 'screenshots');
const RECORD = path.join(DOCS, 'screenshots.json');
const TAKING = process.env.MALKOLL_SCREENSHOTS === '1';

export interface ShotState {
  width: number;
  text: string;
}

const taken: Record<string, ShotState> = {};
let tempDir: string | null = null;

/** Where shots go: docs/screenshots when taking them, else a temp folder. */
export function shotsDir(): string {
  if (TAKING) return DOCS;
  tempDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-shots-'));
  return tempDir;
}

/**
 * How a shot is taken, when not the whole page: a part of it (`clip`), only the view with animations
 * stopped (`view`, for a dialog caught open), and where its words are (`textOf`, a selector: the pane's root
 * by default; a dialog lies outside it).
 */
export interface ShotOptions {
  clip?: { x: number; y: number; width: number; height: number };
  view?: boolean;
  textOf?: string;
}

/** What a shot shows, as text: the visible words, line by line, with clock times blanked. */
async function stateOf(page: Page, textOf: string): Promise<ShotState> {
  const { width, text } = await page.evaluate(
    (selector) => ({ width: window.innerWidth, text: (document.querySelector(selector) as HTMLElement).innerText }),
    textOf,
  );
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\b\d{1,2}[:.]\d{2}\b/g, 'HH:MM').trim())
    .filter(Boolean);
  return { width, text: lines.join('\n') };
}

/**
 * Takes a README screenshot. When taking them, remembers its state for screenshots.json; otherwise
 * returns the committed state beside the current one for the test to compare.
 */
export async function readmeShot(page: Page, name: string, options: ShotOptions = {}): Promise<{ now: ShotState; committed: ShotState | undefined }> {
  const file = path.join(shotsDir(), name);
  await page.screenshot(
    options.view ? { path: file, animations: 'disabled' } : { path: file, fullPage: true, ...(options.clip ? { clip: options.clip } : {}) },
  );
  const now = await stateOf(page, options.textOf ?? '#root');
  if (TAKING) {
    taken[name] = now;
    const record = fs.existsSync(RECORD) ? (JSON.parse(fs.readFileSync(RECORD, 'utf8')) as Record<string, ShotState>) : {};
    fs.writeFileSync(RECORD, `${JSON.stringify({ ...record, ...taken }, null, 2)}\n`);
    return { now, committed: now };
  }
  const record = fs.existsSync(RECORD) ? (JSON.parse(fs.readFileSync(RECORD, 'utf8')) as Record<string, ShotState>) : {};
  return { now, committed: record[name] };
}
