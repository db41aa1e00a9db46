// Every screen, in both themes: an axe-core check (WCAG 2.1 A/AA and best practice, no
// violations allowed) and a full-page screenshot under test-results/screenshots/ for a person
// to look at.
//
// axe-core runs in the page directly, injected once per page load. @axe-core/playwright's
// analyze() opened a second page for every check to finish the run across frames, about a
// second each time: with two themes per screen that was half of every e2e test and took the
// longest ones to their timeout on two busy cores. The app has one frame; a second frame makes
// the check fail rather than be skipped.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, type Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** The axe rules whose outcome depends on colour (the WCAG 2.1 AA set and best practice). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

type Violation = Pick<AxeResults['violations'][number], 'id' | 'impact' | 'help'> & { targets: string[] };

async function runAxe(page: Page, options: RunOptions): Promise<Violation[]> {
  expect(page.frames(), 'the app renders in one frame; axe here checks only the top one').toHaveLength(1);
  // page.evaluate runs outside the page's CSP, as the Playwright integration does.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (opts) => {
    const page = globalThis as unknown as { axe: { run(ctx: unknown, o: RunOptions): Promise<AxeResults> }; document: unknown };
    const results = await page.axe.run(page.document, { ...opts, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
}

export async function lookAtScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // The theme changes colours only, never the DOM: the light pass runs every rule, and the
    // dark pass the colour rules alone.
    const violations = await runAxe(
      page,
      colorScheme === 'light' ? { runOnly: { type: 'tag', values: AXE_TAGS } } : { runOnly: { type: 'rule', values: COLOUR_RULES } },
    );
    const summary = violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.targets.join(', ')}`);
    expect(summary, `axe violations on "${name}" (${colorScheme})`).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
}
