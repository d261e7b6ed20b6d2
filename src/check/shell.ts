/**
 * /check.html's first screen — the title, the drop zone and its buttons — drawn in plain DOM as soon as the
 * page is parsed, before React, Fluent UI and the result's views have loaded (src/check/app.tsx, fetched at
 * once as a chunk): the buttons a controller waits for are there in a fraction of the time the whole page
 * takes to start. A file chosen or dropped before the rest has loaded waits for it. Styled in check.html to
 * look as Fluent's own controls do.
 */
import { checkPageMessages } from '../i18n/catalog/check';
import type { Locale } from '../i18n/message';

type Key = keyof typeof checkPageMessages;
/** How the shell hands a file to the page's checks (./app.tsx). */
export interface Opener {
  open(file: string, bytes: () => Promise<ArrayBuffer>, oneOf?: number): void;
  setLocale(locale: Locale): void;
}

/** What the checks tell the shell: whether a file is being read and checked (the buttons wait meanwhile). */
export interface ShellControl {
  setBusy(busy: boolean): void;
}

export interface Shell extends ShellControl {
  /** Where the checks show progress, notices and the result. */
  results: HTMLElement;
  locale: Locale;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Partial<Record<'class' | 'data-testid' | 'type', string>> = {},
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) e.setAttribute(name, value);
  return e;
}

/**
 * Draws the first screen into `root` and wires it to `opener` (a promise: the checks may still be loading).
 *
 * @example
 * drawShell(document.getElementById('root'), 'sv', 'samples/malkoll-exempel.xlsx', import('./app').then(…));
 */
export function drawShell(root: HTMLElement, initial: Locale, sampleUrl: string, opener: (shell: Shell) => Promise<Opener>): void {
  let locale = initial;
  let busy = false;
  const texts: [HTMLElement, Key][] = [];
  const say = <E extends HTMLElement>(e: E, key: Key): E => {
    texts.push([e, key]);
    return e;
  };

  const main = element('main', { class: 'page' });
  const header = element('header', { class: 'header' });
  const intro = element('div', { class: 'header-text' });
  intro.append(
    say(element('h1', { class: 'title' }), 'check.title'),
    say(element('p', { class: 'body' }), 'check.intro'),
    say(element('p', { class: 'caption', 'data-testid': 'private' }), 'check.private'),
  );
  const language = say(element('button', { class: 'button transparent', type: 'button' }), 'check.language');
  // The page's other mode: a round's settlement (./settleMode.tsx), in the language shown.
  const settle = say(element('button', { class: 'button transparent', type: 'button', 'data-testid': 'mode-settle' }), 'check.settleMode');
  const actions = element('div', { class: 'buttons' });
  actions.append(settle, language);
  header.append(intro, actions);

  const drop = element('div', { class: 'drop', 'data-testid': 'drop-zone' });
  const choose = say(element('button', { class: 'button primary', type: 'button', 'data-testid': 'choose' }), 'check.choose');
  const sample = say(element('button', { class: 'button', type: 'button', 'data-testid': 'open-sample' }), 'check.sample');
  const buttons = element('div', { class: 'buttons' });
  buttons.append(choose, say(element('span', { class: 'body' }), 'check.or'), sample);
  const input = element('input', { type: 'file', 'data-testid': 'file-input' });
  input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  input.hidden = true;
  const download = say(element('a', { class: 'link' }), 'check.sampleDownload');
  download.href = sampleUrl;
  download.download = '';
  drop.append(say(element('p', { class: 'subtitle' }), 'check.drop'), buttons, input, download);

  const results = element('div', { class: 'results' });
  const footer = say(element('p', { class: 'caption footer' }), 'check.cli');
  main.append(header, drop, results, footer);
  root.replaceChildren(main);

  const show = (): void => {
    document.documentElement.lang = locale;
    document.title = checkPageMessages['check.title'][locale];
    for (const [e, key] of texts) e.textContent = checkPageMessages[key][locale];
    language.lang = locale === 'sv' ? 'en' : 'sv';
  };
  show();

  const shell: Shell = {
    results,
    get locale() {
      return locale;
    },
    setBusy(next) {
      busy = next;
      // As Fluent's disabledFocusable: announced as unavailable, still focusable, clicks ignored.
      for (const b of [choose, sample]) {
        if (busy) b.setAttribute('aria-disabled', 'true');
        else b.removeAttribute('aria-disabled');
      }
    },
  };
  const checks = opener(shell);
  const open = (file: string, bytes: () => Promise<ArrayBuffer>, oneOf?: number): void => {
    if (busy) return;
    void checks.then((o) => o.open(file, bytes, oneOf));
  };
  const openFiles = (files: FileList | null): void => {
    const first = files?.[0];
    if (first) open(first.name, () => first.arrayBuffer(), files.length);
  };

  settle.addEventListener('click', () => {
    window.location.search = `?mode=settle&lang=${locale}`;
  });
  language.addEventListener('click', () => {
    locale = locale === 'sv' ? 'en' : 'sv';
    show();
    void checks.then((o) => o.setLocale(locale));
  });
  choose.addEventListener('click', () => {
    if (!busy) input.click();
  });
  input.addEventListener('change', () => {
    openFiles(input.files);
    input.value = '';
  });
  sample.addEventListener('click', () => {
    const name = sampleUrl.split('/').pop() ?? sampleUrl;
    open(name, async () => {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    });
  });
  // A file dropped beside the drop zone would make the browser open it instead of the page checking it.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    drop.classList.add('active');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('active'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('active');
    openFiles(e.dataTransfer?.files ?? null);
  });
}
