// The screen switch. The lock (lock/session.ts) is wired here: when the vault locks, every
// store is reset and the window reloads to the lock screen for the vault that was open.

import { useEffect, useLayoutEffect } from 'react';
import { call } from './api.js';
import { installLockSession } from './lock/session.js';
import { CreateVault } from './screens/CreateVault.js';
import { LockScreen, UnlockScreen } from './screens/Unlock.js';
import { VaultPicker } from './screens/VaultPicker.js';
import { Workspace } from './screens/Workspace.js';
import { useNavigation } from './stores/navigation.js';

export function App() {
  const screen = useNavigation((s) => s.screen);

  // Before the first paint: a page reloaded by a lock opens on the lock screen.
  useLayoutEffect(() => installLockSession(), []);

  useEffect(() => {
    // A reloaded window finds the vault still open in main: go straight back to it.
    void call('vault.status', {}).then((r) => {
      if (r.ok && r.value.state === 'unlocked' && useNavigation.getState().screen.name === 'picker') {
        useNavigation.getState().go({ name: 'workspace', vault: { vaultId: r.value.vaultId, displayName: r.value.displayName } });
      }
    });
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
