// The renderer runs under the app's Content-Security-Policy: no eval, no inline script, no
// network. These checks run against the same header the app:// protocol sends.

import { CONTENT_SECURITY_POLICY } from '../../src-main/electron/renderer-policy.js';
import { expect, test } from './fixtures.js';

test('the renderer is served with the strict CSP and makes no other request', async ({ page, alcove }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto(`${alcove.origin}/`);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Alcove');
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) expect(url.startsWith(`${alcove.origin}/`), url).toBe(true);
});

test('eval, new Function, inline script and network requests are all blocked', async ({ page, alcove }) => {
  await alcove.open();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
  });

  // Code evaluated by Playwright itself is exempt from CSP, so the attempt must come from a
  // script the page loads: a same-origin file (allowed by script-src 'self') that tries eval.
  await page.route(`${alcove.origin}/csp-probe.js`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__probe = {};
        try { window.__probe.eval = String(eval('6 * 7')); } catch (e) { window.__probe.eval = e.name; }
        try { window.__probe.fn = String(new Function('return 42')()); } catch (e) { window.__probe.fn = e.name; }`,
    }),
  );
  await page.addScriptTag({ url: '/csp-probe.js' });
  const evalOutcome = await page.evaluate('window.__probe');
  expect(evalOutcome).toMatchObject({ eval: 'EvalError', fn: 'EvalError' });

  const inline = await page.evaluate(`new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve({ ran: window.__inlineRan === true, directive: e.effectiveDirective }), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.appendChild(s);
  })`);
  expect(inline).toEqual({ ran: false, directive: 'script-src-elem' });

  const fetched = await page.evaluate(`fetch(${JSON.stringify(`${alcove.origin}/index.html`)}).then(() => 'fetched', (e) => e.name)`);
  expect(fetched).toBe('TypeError');

  const styled = await page.evaluate(`new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
    const s = document.createElement('style');
    s.textContent = 'body { display: none }';
    document.head.appendChild(s);
  })`);
  expect(styled).toBe('style-src-elem');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations.length).toBeGreaterThan(0);
});
