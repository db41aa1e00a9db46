// Entry point of the renderer bundle.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles/theme.css';
import './styles/layout.css';
import './styles/records.css';
import './styles/forms.css';
import './styles/chart.css';
import './styles/notes.css';
import './styles/measures-plans-search.css';
import './styles/lock.css';
import './styles/print.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
