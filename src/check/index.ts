/**
 * /check.html's entry: the first screen at once (./shell.ts), then the checks and their views as a chunk
 * (./app.tsx); with ?mode=settle, a round's settlement instead (./settleMode.tsx, a chunk of its own). The
 * language is ?lang=sv|en when given, else the browser's; the page can switch it.
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
const settling = new URLSearchParams(window.location.search).get('mode') === 'settle';
if (root && settling) void import(/* webpackChunkName: "settle-page" */ './settleMode').then((m) => m.startSettle(root, initialLocale()));
else if (root) drawShell(root, initialLocale(), SAMPLE_URL, (shell) => import(/* webpackChunkName: "check-app" */ './app').then((m) => m.startChecks(shell)));
