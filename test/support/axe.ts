/**
 * axe-core (pinned, from node_modules) run in a page: the violations of WCAG 2.x A/AA and axe's best
 * practices, less the one known false positive.
 */
import * as fs from 'fs';
import type { Page } from 'playwright-core';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Fluent's focus manager (tabster) puts invisible "dummy" inputs at the edges of its groups to steer Tab;
 * they are focusable and aria-hidden on purpose (tabster's own design, not a control anyone reaches or
 * hears), and axe's aria-hidden-focus rule cannot tell. Only nodes that are such dummies are left out.
 */
function isTabsterDummy(target: string, html: string): boolean {
  return /data-tabster-dummy/.test(html) || /data-tabster-dummy/.test(target);
}

/** Runs axe on the page as it is now. Page.evaluate is not bound by the page's Content Security Policy. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) {
    await page.evaluate(AXE);
    // Colours as they settle, not halfway through a hover or press transition (axe would measure those).
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
      document.head.append(style);
    });
  }
  await page.mouse.move(0, 0);
  // Fluent's motion (a dialog fading in) runs on the Web Animations API: measured once it has finished.
  // (An indeterminate progress bar's animation never finishes, and needs no waiting for.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const raw = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[];
  });
  return raw
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(n.target.join(' '), n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => `${n.target.join(' ')}  ${n.html.slice(0, 120)}`) }));
}
