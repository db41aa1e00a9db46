// A tiny static server for the built renderer, on 127.0.0.1 and a random port, sending the
// same headers (CSP included) as the app:// protocol in Electron, through the same path
// resolution rules.

import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { RENDERER_HEADERS, contentTypeFor, resolveRendererFile } from '../../../src-main/electron/renderer-policy.js';

export const RENDERER_DIR = path.resolve('dist/renderer');

export interface RendererServer {
  origin: string;
  close(): Promise<void>;
}

export async function startRendererServer(dir = RENDERER_DIR): Promise<RendererServer> {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No built renderer in ${dir}: run "npm run build:renderer" first (npm run test:e2e does it).`);
  }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = req.method === 'GET' ? resolveRendererFile(dir, url.pathname) : null;
    if (!file || !existsSync(file)) {
      res.writeHead(404, { ...RENDERER_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { ...RENDERER_HEADERS, 'Content-Type': contentTypeFor(file) ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
