// Entry point of the renderer bundle.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { call } from './api.js';
import './styles/theme.css';
import './styles/layout.css';
import './styles/records.css';
import './styles/forms.css';
import './styles/chart.css';
import './styles/notes.css';
import './styles/measures-plans-search.css';
import './styles/lock.css';
import './styles/print.css';

// Uncaught errors go to main, which logs them through its scrubber; nothing is kept here.
function reportError(kind: 'error' | 'unhandledrejection', reason: unknown): void {
  const err = reason instanceof Error ? reason : new Error(String(reason));
  void call('diagnostics.reportError', { kind, message: err.message.slice(0, 2000), stack: (err.stack ?? '').slice(0, 8000) });
}
window.addEventListener('error', (e) => reportError('error', e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => reportError('unhandledrejection', e.reason));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
