// Every screen, in both themes: an axe-core check (WCAG 2.1 A/AA, no violations allowed)
// and a full-page screenshot under test-results/screenshots/ for a person to look at.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** The axe rules whose outcome depends on colour (the WCAG 2.1 AA set and best practice). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export async function lookAtScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // The theme changes colours only, never the DOM: the light pass runs every rule, and the
    // dark pass the colour rules alone. Running all of them twice cost half of every e2e test
    // and took the longest ones to their timeout on two busy cores.
    const axe = new AxeBuilder({ page });
    const results = await (colorScheme === 'light' ? axe.withTags(AXE_TAGS) : axe.withRules(COLOUR_RULES)).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations on "${name}" (${colorScheme})`).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
}
