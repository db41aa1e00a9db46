// Vite build of the renderer into dist/renderer. No inline scripts or styles end up in the
// HTML (the CSP allows neither), no modulepreload polyfill (it would be an inline helper in
// some setups), and relative asset paths so the same files serve from app://alcove/ and from
// the end-to-end harness's local server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root: path.join(root, 'src-renderer'),
  base: './',
  plugins: [react()],
  // Component names survive minification: an error report names the component it came from
  // (never its message), which is no use as a single letter.
  esbuild: { keepNames: true },
  // Everything is bundled; nothing is fetched from a network at run time.
  build: {
    outDir: path.join(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
  },
  logLevel: 'warn',
});
