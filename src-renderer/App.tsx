// The screen switch, and the one place that listens for "the vault locked": every store is
// reset, then the lock screen shows for the vault that was open.

import { useEffect } from 'react';
import { call, onAlcoveEvent } from './api.js';
import { CreateVault } from './screens/CreateVault.js';
import { LockScreen, UnlockScreen } from './screens/Unlock.js';
import { VaultPicker } from './screens/VaultPicker.js';
import { Workspace } from './screens/Workspace.js';
import { useNavigation } from './stores/navigation.js';
import { resetAllStores } from './stores/reset.js';

function lockReason(payload: unknown): string {
  const reason = (payload as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : 'manual';
}

export function App() {
  const screen = useNavigation((s) => s.screen);

  useEffect(() => {
    const unsubscribe = onAlcoveEvent('vault.locked', (payload) => {
      const current = useNavigation.getState().screen;
      const vault = current.name === 'workspace' ? current.vault : current.name === 'locked' ? current.vault : null;
      resetAllStores();
      useNavigation.getState().go({ name: 'locked', vault, reason: lockReason(payload) });
    });
    // A reloaded window finds the vault still open in main: go straight back to it.
    void call('vault.status', {}).then((r) => {
      if (r.ok && r.value.state === 'unlocked' && useNavigation.getState().screen.name === 'picker') {
        useNavigation.getState().go({ name: 'workspace', vault: { vaultId: r.value.vaultId, displayName: r.value.displayName } });
      }
    });
    return unsubscribe;
  }, []);

  switch (screen.name) {
    case 'picker':
      return <VaultPicker />;
    case 'create':
      return <CreateVault />;
    case 'unlock':
      return <UnlockScreen vault={screen.vault} mode={screen.mode} />;
    case 'locked':
      return <LockScreen vault={screen.vault} reason={screen.reason} />;
    case 'workspace':
      return <Workspace vault={screen.vault} />;
  }
}
