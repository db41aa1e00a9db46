// The accessibility check every screen goes through can fail: a page with a known violation
// in each theme is refused, and a clean page passes.

import { expect, test } from '@playwright/test';
import { lookAtScreen } from './support/look.js';

const PAGE = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Look check</title><style>${body}</style></head>` +
  '<body><main><h1>Check</h1><p class="t">Readable text</p></main></body></html>';

test('the axe check passes a clean page and refuses a violation in either theme', async ({ page }) => {
  await page.setContent(PAGE('.t { color: #222; background: #fff; }'));
  await lookAtScreen(page, '00-look-check-clean');

  await page.setContent(PAGE('.t { color: #222; background: #fff; } @media (prefers-color-scheme: dark) { .t { color: #333; background: #000; } }'));
  await expect(lookAtScreen(page, '00-look-check-dark')).rejects.toThrow(/color-contrast.*\(dark\)|\(dark\)[\s\S]*color-contrast/);

  await page.setContent(PAGE('.t { color: #222; }').replace('<h1>Check</h1>', '<h1>Check</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
  await expect(lookAtScreen(page, '00-look-check-alt')).rejects.toThrow(/image-alt/);
});
