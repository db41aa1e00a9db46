// The app:// protocol: privileged registration, the strict CSP on every answer, and no way
// out of the renderer folder.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { answerRendererRequest, registerAppScheme } from '../../src-main/electron/protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../src-main/electron/renderer-policy.js';

vi.mock('electron', () => ({}));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'alcove-renderer-'));
  await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Alcove</title>');
  await writeFile(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'secret.txt'), 'outside');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => answerRendererRequest(path.join(dir, 'renderer'), new Request(url, { method }));

describe('app:// protocol', () => {
  test('is registered standard and secure, before ready', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false } },
    ]);
  });

  test('serves the renderer with the strict CSP', async () => {
    const index = await get('app://alcove/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const script = await get('app://alcove/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe/);
  });

  test.each([
    'app://alcove/../secret.txt',
    'app://alcove/%2e%2e/secret.txt',
    'app://alcove/..%2fsecret.txt',
    'app://alcove/assets/..%5c..%5csecret.txt',
    'app://other/index.html',
    'app://alcove/missing.js',
    'app://alcove/index.html%00.js',
  ])('refuses %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  test('refuses anything but GET', async () => {
    expect((await get('app://alcove/index.html', 'POST')).status).toBe(404);
  });
});

describe('the CSP meta tag in index.html', () => {
  test('matches the header, less frame-ancestors (which only a header can carry)', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(path.resolve('src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(header);
  });
});
