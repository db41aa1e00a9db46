// Entry point of the renderer bundle.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { call } from './api.js';
import { codeOf, componentOf } from './error-report.js';
import './styles/theme.css';
import './styles/layout.css';
import './styles/records.css';
import './styles/forms.css';
import './styles/chart.css';
import './styles/notes.css';
import './styles/measures-plans-search.css';
import './styles/lock.css';
import './styles/print.css';

// Uncaught errors go to main as a kind, a code and a component, never a message or a stack
// (either can hold a client's name); nothing is kept here.
function reportError(kind: 'error' | 'unhandledrejection' | 'render', reason: unknown, component = 'window'): void {
  void call('diagnostics.reportError', { kind, code: codeOf(reason), component });
}
window.addEventListener('error', (e) => reportError('error', e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => reportError('unhandledrejection', e.reason));

const root = document.getElementById('root');
if (root) {
  createRoot(root, {
    onUncaughtError: (error, info) => reportError('render', error, componentOf(info.componentStack)),
    onCaughtError: (error, info) => reportError('render', error, componentOf(info.componentStack)),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
