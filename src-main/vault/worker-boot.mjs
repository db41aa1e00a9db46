// Worker bootstrap. Under Node and vitest the core is TypeScript, loaded through tsx; in the
// packaged app the worker is already JavaScript and this file just imports it.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
