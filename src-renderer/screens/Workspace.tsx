// The workspace shell: the open vault's name, navigation (clients, search, audit log,
// settings), Lock always one key away (Ctrl+L), and the daily path's shortcuts (Ctrl+N new
// note, Ctrl+S save, Ctrl+Enter sign, Ctrl+K search, ? for the list). Locking from here writes
// the pending draft first.

import { useEffect, useState } from 'react';
import { call, type OpenVault } from '../api.js';
import { LockWarning } from '../components/LockWarning.js';
import { ShortcutsHelp } from '../components/ShortcutsHelp.js';
import { flushAllDrafts } from '../lock/flushers.js';
import { runShortcut } from '../stores/shortcuts.js';
import { SECTIONS, useWorkspace, type RecordView, type Section } from '../stores/workspace.js';
import { ClientChartScreen } from './clients/ClientChart.js';
import { ClientList } from './clients/ClientList.js';
import { MeasureEntry } from './measures/MeasureEntry.js';
import { NoteScreen } from './notes/NoteScreen.js';
import { PlanEditor } from './plans/PlanEditor.js';
import { NotePreviewScreen } from './preview/NotePreviewScreen.js';
import { AuditSection } from './audit/AuditSection.js';
import { SearchSection } from './search/SearchSection.js';
import { SettingsSection } from './Settings.js';
import { ProfilePrompt } from './ProfilePrompt.js';
import { useShallow } from 'zustand/react/shallow';
import { useRenderCount } from '../components/render-count.js';

const LABELS: Record<Section, string> = { clients: 'Clients', search: 'Search', audit: 'Audit log', settings: 'Settings' };

function ClientsSection({ view, vault }: { view: RecordView; vault: OpenVault }) {
  switch (view.name) {
    case 'client-list':
      return <ClientList />;
    case 'chart':
      return <ClientChartScreen clientId={view.clientId} />;
    case 'note':
      return <NoteScreen key={view.noteId} clientId={view.clientId} noteId={view.noteId} />;
    case 'measure':
      return <MeasureEntry clientId={view.clientId} />;
    case 'plan':
      return <PlanEditor key={view.planId} clientId={view.clientId} planId={view.planId} />;
    case 'note-preview':
      return <NotePreviewScreen key={view.noteId} clientId={view.clientId} noteId={view.noteId} />;
  }
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function Workspace({ vault }: { vault: OpenVault }) {
  useRenderCount('workspace');
  const { section, view, show, focusSearch } = useWorkspace(useShallow((s) => ({ section: s.section, view: s.view, show: s.show, focusSearch: s.focusSearch })));
  const [help, setHelp] = useState(false);
  const lock = () => void flushAllDrafts().finally(() => void call('vault.lock', {}));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = (e.ctrlKey || e.metaKey) && !e.altKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'l') {
        e.preventDefault();
        lock();
      } else if (mod && key === 'k') {
        e.preventDefault();
        focusSearch();
      } else if (mod && key === 's') {
        e.preventDefault();
        runShortcut('save');
      } else if (mod && key === 'enter') {
        if (runShortcut('sign')) e.preventDefault();
      } else if (mod && key === 'n') {
        if (runShortcut('new-note')) e.preventDefault();
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        const next = SECTIONS[Number(e.key) - 1];
        if (next) show(next);
      } else if (e.key === '?' && !mod && !isTyping(e.target)) {
        e.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show, focusSearch]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <p className="brand">Alcove</p>
        <p className="topbar-vault" data-testid="open-vault-name">
          {vault.displayName}
        </p>
        <button type="button" className="button-quiet" onClick={() => setHelp(true)} aria-keyshortcuts="?">
          Shortcuts <kbd>?</kbd>
        </button>
        <button type="button" className="button-secondary" onClick={lock} aria-keyshortcuts="Control+L">
          Lock <kbd>Ctrl+L</kbd>
        </button>
      </header>
      <nav className="sidebar" aria-label="Workspace">
        <ul>
          {SECTIONS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className="nav-item"
                aria-current={section === s ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${i + 1}`}
                onClick={() => show(s)}
              >
                {LABELS[s]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main" tabIndex={-1}>
        <ProfilePrompt />
        {section === 'clients' ? <ClientsSection view={view} vault={vault} /> : null}
        {section === 'search' ? <SearchSection /> : null}
        {section === 'audit' ? <AuditSection /> : null}
        {section === 'settings' ? <SettingsSection vault={vault} /> : null}
      </main>
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
      <LockWarning />
    </div>
  );
}
