// Handlers for the lock methods, and the vault methods whose meaning the lock changes: "lock"
// runs the lock's checklist (drafts flushed first), and an unlock starts the inactivity timer
// with the vault's own timeout setting (startLock).

import type { Log } from '../log/logger.js';
import type { LockController } from '../lock/controller.js';
import type { DraftFlushRequests } from '../lock/flush.js';
import { DEFAULT_LOCK_SETTINGS, effectiveTimeoutMs, type LockSettings } from '../lock/policy.js';
import type { VaultService, VaultStatus } from '../vault/service.js';

export interface LockDeps {
  vault: VaultService;
  lock: LockController;
  flushes: DraftFlushRequests;
  policyCapMinutes: number | null;
  log: Log;
}

const SETTINGS_KEY = 'lock';

export function lockHandlers(d: LockDeps) {
  const view = (s: LockSettings) => ({
    timeoutMinutes: s.timeoutMinutes,
    useSystemIdle: s.useSystemIdle,
    policyCapMinutes: d.policyCapMinutes,
    effectiveMinutes: effectiveTimeoutMs(s, d.policyCapMinutes) / 60_000,
  });

  async function readSettings(): Promise<LockSettings> {
    const stored = (await d.vault.op('settings.get', { key: SETTINGS_KEY })) as Partial<LockSettings> | null;
    return { ...DEFAULT_LOCK_SETTINGS, ...(stored ?? {}) };
  }

  async function startLock(status: VaultStatus): Promise<VaultStatus> {
    const settings = await readSettings();
    d.lock.configure({ timeoutMs: effectiveTimeoutMs(settings, d.policyCapMinutes), useSystemIdle: settings.useSystemIdle });
    d.lock.unlocked();
    return status;
  }

  return {
    startLock,
    handlers: {
      'vault.lock': async () => {
        await d.lock.lock('manual');
        return null;
      },
      'lock.activity': async () => {
        d.lock.activity();
        return null;
      },
      'lock.flushed': async ({ requestId }: { requestId: string }) => {
        d.flushes.acknowledge(requestId);
        return null;
      },
      'lock.getSettings': async () => view(await readSettings()),
      'lock.setSettings': async (input: { timeoutMinutes: number; useSystemIdle: boolean }) => {
        const settings: LockSettings = { timeoutMinutes: input.timeoutMinutes, useSystemIdle: input.useSystemIdle };
        await d.vault.op('settings.set', { key: SETTINGS_KEY, value: settings });
        d.lock.configure({ timeoutMs: effectiveTimeoutMs(settings, d.policyCapMinutes), useSystemIdle: settings.useSystemIdle });
        d.log.info('lock.settings_changed', { count: view(settings).effectiveMinutes });
        return view(settings);
      },
    },
  };
}
