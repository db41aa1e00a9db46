// The workspace shell: the open vault's name, navigation (clients, search, audit log,
// settings), and Lock always one key away (Ctrl+L). Records arrive with later issues; until
// then each section tells a new user what to expect and what to do next.

import { useEffect, type ReactNode } from 'react';
import { call, type OpenVault } from '../api.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { SECTIONS, useWorkspace, type Section } from '../stores/workspace.js';
import { SettingsSection } from './Settings.js';

const LABELS: Record<Section, string> = { clients: 'Clients', search: 'Search', audit: 'Audit log', settings: 'Settings' };

function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

function ClientsSection({ onSettings }: { onSettings(): void }) {
  return (
    <>
      <ScreenHeading>Clients</ScreenHeading>
      <EmptyState title="Your vault is ready">
        <p>You have no clients yet. Here is what to do next:</p>
        <ol className="steps">
          <li>Keep your recovery kit somewhere safe, away from this computer.</li>
          <li>Add your first client. Client records, session notes and measures arrive in the next update, right here.</li>
          <li>Lock Alcove whenever you step away: press Ctrl+L, or choose Lock at the top right.</li>
        </ol>
        <button type="button" className="button-secondary" onClick={onSettings}>
          Review settings
        </button>
      </EmptyState>
    </>
  );
}

function SearchSection() {
  return (
    <>
      <ScreenHeading>Search</ScreenHeading>
      <form role="search" className="panel" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="search-records">Search all records</label>
          <input id="search-records" type="search" autoComplete="off" spellCheck={false} />
        </div>
      </form>
      <EmptyState title="Nothing to search yet">
        <p>Search looks through clients, notes and measures, all inside your encrypted vault, once you have some.</p>
      </EmptyState>
    </>
  );
}

function AuditSection() {
  return (
    <>
      <ScreenHeading>Audit log</ScreenHeading>
      <EmptyState title="No entries yet">
        <p>
          Every time a record is read, changed or shared, Alcove notes it here: when, on which computer and by whom — never what
          the record says.
        </p>
      </EmptyState>
    </>
  );
}

export function Workspace({ vault }: { vault: OpenVault }) {
  const { section, show } = useWorkspace();
  const lock = () => void call('vault.lock', {});

  useEffect(() => {
    // Keyboard first: Ctrl/Cmd+L locks, Alt+1..4 move between sections.
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        lock();
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        const next = SECTIONS[Number(e.key) - 1];
        if (next) show(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

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
        {section === 'clients' ? <ClientsSection onSettings={() => show('settings')} /> : null}
        {section === 'search' ? <SearchSection /> : null}
        {section === 'audit' ? <AuditSection /> : null}
        {section === 'settings' ? <SettingsSection vault={vault} /> : null}
      </main>
    </div>
  );
}
