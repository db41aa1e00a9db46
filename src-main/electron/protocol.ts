// The app:// protocol that serves the built renderer: registered as privileged (standard,
// secure) before the app is ready, then answered from dist/renderer with the same headers
// and path rules the end-to-end harness uses. Anything outside that folder is a 404.

import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { RENDERER_HEADERS, contentTypeFor, resolveRendererFile } from './renderer-policy.js';
import { APP_HOST, APP_SCHEME } from './security.js';

export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false };

/** Must run before app 'ready'. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...RENDERER_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function answerRendererRequest(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || request.method !== 'GET') return notFound();
  const file = resolveRendererFile(rendererDir, url.pathname);
  if (!file) return notFound();
  try {
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { ...RENDERER_HEADERS, 'Content-Type': contentTypeFor(file) ?? 'application/octet-stream' } });
  } catch {
    return notFound();
  }
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerRendererRequest(rendererDir, request));
}
