/**
 * /check.html's entry: the first screen at once (./shell.ts), then the checks and their views as a chunk
 * (./app.tsx). The language is ?lang=sv|en when given, else the browser's; the page can switch it.
 */
import { localeFromLanguageTag } from '../i18n/locale';
import type { Locale } from '../i18n/message';
import { drawShell } from './shell';

/** Served beside the page by the build (webpack copies samples/*.xlsx to dist/samples/). */
const SAMPLE_URL = 'samples/malkoll-exempel.xlsx';

function initialLocale(): Locale {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'sv' || asked === 'en') return asked;
  return localeFromLanguageTag(navigator.language);
}

const root = document.getElementById('root');
if (root) drawShell(root, initialLocale(), SAMPLE_URL, (shell) => import(/* webpackChunkName: "check-app" */ './app').then((m) => m.startChecks(shell)));
