// The vault as the rest of the app sees it: list, create, unlock, recover, change password,
// lock, delete. Runs on the main thread but holds no data key: every operation that needs one
// is sent to the vault worker. Operations run one at a time, so a lock can never interleave
// with an unlock.

import { randomUUID, type KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AlcoveError } from '../errors.js';
import { calibrate, KDF_FLOOR, type KdfCost } from '../crypto/kdf.js';
import { formatRecoveryCode, formatSecretKey, newRecoveryCode, newSecretKey, parseSecretKey, wipe } from '../crypto/secrets.js';
import { shred, writeFileAtomic } from '../fs/atomic.js';
import { silentLog, type Log } from '../log/logger.js';
import { clearVaultIdentifiers, setVaultIdentifiers } from '../log/scrub.js';
import { readVerifiedHeader, type SecretKeySource } from './engine.js';
import { parseHeader, serialiseHeader, VaultIdSchema } from './header.js';
import type { SecretKeyStore } from './keystore.js';
import { LOCKOUT_STATE_ACTION, Lockout, type LockoutAnomaly } from './lockout.js';
import { lockoutMacKey } from '../crypto/keys.js';
import { assertAcceptablePassword } from './password-policy.js';
import { vaultPaths, vaultsDir, type VaultPaths } from './paths.js';
import { VaultWorkerClient } from './worker-client.js';
import type { SecretProof } from './protocol.js';
import type { OpInput, OpName, OpOutput } from './ops.js';
import { PendingAudit } from './pending-audit.js';
import { takeAuditAction } from '../audit/scope.js';
import { lockAction, type AuditEvent } from '../audit/vault-audit.js';
import { newSigningKey, signingKeyFromDer } from '../audit/store.js';
import { saveWitnessFolders, witnessFiles, witnessFolders } from '../audit/witness.js';
import type { AuditKeys } from './protocol.js';
import type { AuditAction } from '../audit/actions.js';

export interface VaultSummary {
  vaultId: string;
  displayName: string;
  createdAt: string;
  /** 'ready', or why the vault cannot be opened as it is. */
  state: 'ready' | 'damaged' | 'newer-version';
}

export interface RecoveryKit {
  vaultId: string;
  displayName: string;
  secretKey: string;
  recoveryCode: string;
}

/**
 * How long a lock waits for a busy worker to finish and close cleanly before terminating it.
 * With the termination itself this stays within issue 12's 250 ms.
 */
export const LOCK_GRACE_MS = 150;

/** A checkpoint is witnessed at every lock, and at least this often while a vault stays unlocked. */
export const WITNESS_EVERY_MS = 24 * 60 * 60 * 1000;
/** How often the service looks at the (injected) clock to see whether a witness is due. */
const WITNESS_CHECK_MS = 10 * 60 * 1000;

export type KdfChoice = { kind: 'calibrate' } | { kind: 'fixed-for-tests'; cost: KdfCost };

export interface VaultServiceOptions {
  home: string;
  keystore: SecretKeyStore;
  log?: Log;
  now?: () => number;
  worker?: VaultWorkerClient;
  /** How to pick Argon2 costs for new vaults. Only tests pass 'fixed-for-tests'. */
  kdf?: KdfChoice;
}

export type VaultStatus = { state: 'locked' } | { state: 'unlocked'; vaultId: string; displayName: string };

export class VaultService {
  private readonly home: string;
  private readonly keystore: SecretKeyStore;
  private readonly log: Log;
  private readonly now: () => number;
  private readonly kdf: KdfChoice;
  readonly worker: VaultWorkerClient;
  private open: { vaultId: string; displayName: string } | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  /** The vault being unlocked or recovered right now, if any. */
  private opening: string | null = null;
  /** Counts lock requests: an unlock that sees it change while it ran ends locked. */
  private lockEpoch = 0;
  /** The lock under way, shared by every caller that asks meanwhile. */
  private locking: Promise<void> | null = null;
  /** Listeners told when the vault locks for any reason (worker crash included). */
  private readonly lockListeners = new Set<(reason: string) => void>();
  /** When the open vault's last checkpoint went to its witnesses (its unlock, or the timer). */
  private lastWitnessedAt = 0;
  private witnessTimer: NodeJS.Timeout | null = null;

  constructor(options: VaultServiceOptions) {
    this.home = options.home;
    this.keystore = options.keystore;
    this.log = options.log ?? silentLog;
    this.now = options.now ?? Date.now;
    this.kdf = options.kdf ?? { kind: 'calibrate' };
    this.worker = options.worker ?? new VaultWorkerClient();
    this.worker.onCrash = () => {
      clearVaultIdentifiers();
      if (!this.open) return;
      this.open = null;
      this.log.error('vault.worker_crashed');
      this.emitLocked('crash');
    };
  }

  onLocked(listener: (reason: string) => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  private emitLocked(reason: string): void {
    for (const l of this.lockListeners) l(reason);
  }

  /** Serialise operations: each starts when the previous one has settled. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** The least Argon2 cost a password slot may have at unlock and rewrap: the floor, except in a core built for tests. */
  private get kdfFloor(): KdfCost {
    return this.kdf.kind === 'fixed-for-tests' ? this.kdf.cost : KDF_FLOOR;
  }

  status(): VaultStatus {
    return this.open ? { state: 'unlocked', ...this.open } : { state: 'locked' };
  }

  get isUnlocked(): boolean {
    return this.open !== null;
  }

  async list(): Promise<VaultSummary[]> {
    let names: string[];
    try {
      names = await fs.readdir(vaultsDir(this.home));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const out: VaultSummary[] = [];
    for (const name of names.sort()) {
      if (!VaultIdSchema.safeParse(name).success) continue;
      const paths = vaultPaths(this.home, name);
      let text: string;
      try {
        text = await fs.readFile(paths.header, 'utf8');
      } catch {
        continue; // no header: an interrupted creation, not a vault
      }
      try {
        const { body } = parseHeader(text);
        out.push({ vaultId: name, displayName: body.displayName, createdAt: body.createdAt, state: 'ready' });
      } catch (err) {
        const state = err instanceof AlcoveError && err.code === 'VAULT_FROM_NEWER_VERSION' ? 'newer-version' : 'damaged';
        out.push({ vaultId: name, displayName: 'Unreadable vault', createdAt: '', state });
      }
    }
    return out.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.createdAt.localeCompare(b.createdAt));
  }

  create(input: { displayName: string; password: string }): Promise<RecoveryKit> {
    return this.exclusive(async () => {
      assertAcceptablePassword(input.password, [input.displayName]);
      const vaultId = randomUUID();
      const paths = vaultPaths(this.home, vaultId);
      await fs.mkdir(vaultsDir(this.home), { recursive: true, mode: 0o700 });
      const kdfCost = this.kdf.kind === 'calibrate' ? await calibrate() : this.kdf.cost;
      const secretKey = newSecretKey();
      const recoveryCode = newRecoveryCode();
      try {
        // The device keeps the secret key before the vault exists, so no crash can leave a
        // vault whose secret key was never stored.
        await this.keystore.put(vaultId, secretKey);
        // The audit signing key too: born outside the vault, beside the secret key.
        const signingKey = newSigningKey();
        try {
          await this.keystore.putSigningKey(vaultId, signingKey);
          await this.worker.call('create', {
            paths,
            vaultId,
            displayName: input.displayName,
            password: input.password,
            secretKey: new Uint8Array(secretKey),
            recoveryCode: new Uint8Array(recoveryCode),
            signingKey: new Uint8Array(signingKey),
            kdfCost,
            now: this.now(),
          });
        } catch (err) {
          await this.keystore.delete(vaultId);
          throw err;
        } finally {
          wipe(signingKey);
        }
        // The wrong-attempt counter exists from the start, signed: from now on a missing one
        // means someone removed it, and counts as a pause already begun.
        await (await this.lockoutFor(vaultId, secretKey)).recordSuccess();
        this.log.info('vault.created', { vaultId });
        return {
          vaultId,
          displayName: input.displayName,
          secretKey: formatSecretKey(secretKey),
          recoveryCode: formatRecoveryCode(recoveryCode),
        };
      } finally {
        wipe(secretKey, recoveryCode);
      }
    });
  }

  /** The secret key for a vault: typed by the user, or from this device's key store. */
  private async secretKeyFor(vaultId: string, typed?: string): Promise<{ key: Buffer; source: SecretKeySource }> {
    if (typed) return { key: parseSecretKey(typed), source: 'user' };
    const stored = await this.keystore.get(vaultId);
    if (stored && this.keystore.suppliedByUser) return { key: stored, source: 'user' };
    if (!stored) {
      throw new AlcoveError(
        'SECRET_KEY_MISSING',
        'This computer does not have the secret key for this vault. Enter it from your recovery kit (it starts with AK1-).',
      );
    }
    return { key: stored, source: 'device' };
  }

  /**
   * What the worker signs with and witnesses to, for an unlock: the signing key from the key
   * store, made there now if it has none (a vault from before the key moved out of the
   * database, or a key store that lost it: the worker records the move in the log).
   */
  private async auditKeysFor(vaultId: string): Promise<AuditKeys> {
    return { signingKey: new Uint8Array(await this.signingKeyFor(vaultId)), witnesses: await witnessFiles(this.keystore.folder, vaultId) };
  }

  private async signingKeyFor(vaultId: string): Promise<Buffer> {
    let key = await this.keystore.getSigningKey(vaultId);
    if (!key) {
      key = newSigningKey();
      await this.keystore.putSigningKey(vaultId, key);
    }
    return key;
  }

  /**
   * The entries waiting for a closed vault's log, signed with its signing key from the key
   * store (none yet for a vault from before issue 12; a damaged key file counts as none).
   */
  private async pendingFor(vaultId: string, options: { legacy?: boolean } = {}): Promise<PendingAudit> {
    // Made now if missing, so whatever waits from here on is signed; `legacy` reads what an
    // Alcove from before signing left, for a vault that has no key yet.
    const signer = await this.signerFor(vaultId, { create: !options.legacy });
    return new PendingAudit(vaultPaths(this.home, vaultId).pendingAudit, vaultId, signer, this.now);
  }

  /** The vault's signing key as a private KeyObject (made when `create` and missing); null if none. */
  private async signerFor(vaultId: string, options: { create: boolean }): Promise<KeyObject | null> {
    const der = options.create ? await this.signingKeyFor(vaultId).catch(() => null) : await this.keystore.getSigningKey(vaultId).catch(() => null);
    try {
      return der ? signingKeyFromDer(der) : null;
    } catch {
      return null;
    } finally {
      wipe(der);
    }
  }

  /**
   * The wrong-attempt counter, authenticated with a key from the vault's secret key (issue 12;
   * lockout.ts). The header says whether it must be: a vault from before reads its counter as
   * written until markLockoutCounter. A header that does not verify with this secret key (a
   * mistyped key, a tampered header) cannot check the counter either: it is read as written,
   * and the attempt fails on the header (SECRET_KEY_INVALID, HEADER_TAMPERED) before any password
   * is tried or counted. A missing or altered counter starts a pause and waits in `pending`.
   */
  private async lockoutFor(vaultId: string, secretKey: Buffer, pending?: () => Promise<PendingAudit>): Promise<Lockout> {
    const paths = vaultPaths(this.home, vaultId);
    let required: boolean;
    try {
      const { body, macKey } = await readVerifiedHeader(paths, secretKey, 'device');
      wipe(macKey);
      required = body.lockoutCounter === 'mac-v1';
    } catch {
      required = false;
    }
    return new Lockout(paths.lockout, {
      vaultId,
      macKey: lockoutMacKey(secretKey, vaultId),
      required,
      now: this.now,
      ...(pending ? { onAnomaly: async (anomaly: LockoutAnomaly) => (await pending()).add({ time: this.now(), action: LOCKOUT_STATE_ACTION, outcome: anomaly }) } : {}),
    });
  }

  /** A vault from before authenticated counters gets the mark in its header (after a success). */
  private async markLockoutCounter(vaultId: string, secretKey: Buffer): Promise<void> {
    const paths = vaultPaths(this.home, vaultId);
    const { body, macKey } = await readVerifiedHeader(paths, secretKey, 'device');
    try {
      if (body.lockoutCounter !== 'mac-v1') await writeFileAtomic(paths.header, serialiseHeader({ ...body, lockoutCounter: 'mac-v1' }, macKey));
    } finally {
      wipe(macKey);
    }
  }





  /** The witness files of a vault (the key store's folder, and any the user added). */
  witnessFiles(vaultId: string): Promise<string[]> {
    return witnessFiles(this.keystore.folder, vaultId);
  }

  /** Where the vaults' folders are (a witness folder must not be inside it). */
  get vaultsFolder(): string {
    return vaultsDir(this.home);
  }

  /** The folder the key store keeps its files in (and the first witness file). */
  get keyFolder(): string {
    return this.keystore.folder;
  }

  /**
   * The folders that keep a copy of every signed checkpoint of this vault: the key store's own
   * (always) and those the user chose (a backup drive, a synced folder), remembered beside the
   * keys, outside the vault.
   */
  async witnessFolders(vaultId: string): Promise<{ keyFolder: string; folders: string[] }> {
    await this.assertExists(vaultId);
    return { keyFolder: this.keystore.folder, folders: await witnessFolders(this.keystore.folder, vaultId) };
  }

  /** Add a folder of the user's choosing; it must exist and lie outside the vaults folder. */
  async addWitnessFolder(vaultId: string, folder: string): Promise<{ keyFolder: string; folders: string[] }> {
    const { keyFolder, folders } = await this.witnessFolders(vaultId);
    const dir = path.resolve(folder);
    const stat = await fs.stat(dir).catch(() => null);
    if (!stat?.isDirectory()) throw new AlcoveError('VALIDATION_FAILED', `There is no folder at ${dir}. Create it (or mount the drive) first.`);
    const inside = path.relative(this.vaultsFolder, dir);
    if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) {
      throw new AlcoveError('VALIDATION_FAILED', `The folder ${dir} is inside the vaults folder; a witness there is rewritten along with the vault. Choose a folder outside it.`);
    }
    if (folders.includes(dir) || path.resolve(keyFolder) === dir) return { keyFolder, folders };
    const next = [...folders, dir];
    await saveWitnessFolders(keyFolder, vaultId, next);
    await this.refreshWitnesses(vaultId);
    return { keyFolder, folders: next };
  }

  /** Stop witnessing in a chosen folder (its file is left as it is). */
  async removeWitnessFolder(vaultId: string, folder: string): Promise<{ keyFolder: string; folders: string[] }> {
    const { keyFolder, folders } = await this.witnessFolders(vaultId);
    const dir = path.resolve(folder);
    if (!folders.includes(dir)) throw new AlcoveError('NOT_FOUND', 'That folder is not one this vault witnesses in.');
    const next = folders.filter((f) => f !== dir);
    await saveWitnessFolders(keyFolder, vaultId, next);
    await this.refreshWitnesses(vaultId);
    return { keyFolder, folders: next };
  }

  /** The open vault's worker witnesses to the folders as they are now (from the next checkpoint on). */
  private async refreshWitnesses(vaultId: string): Promise<void> {
    if (this.open?.vaultId !== vaultId) return;
    await this.worker.call('setWitnesses', { witnesses: await witnessFiles(this.keystore.folder, vaultId) });
  }

  /**
   * Sign and witness a checkpoint when the open vault's last one is a day old. Runs from a
   * timer, but reads the injected clock, so tests move time instead of waiting.
   */
  async witnessIfDue(): Promise<boolean> {
    if (!this.open || this.now() - this.lastWitnessedAt < WITNESS_EVERY_MS) return false;
    await this.worker.call('op', { name: 'audit.witness', input: {}, now: this.now() });
    this.lastWitnessedAt = this.now();
    return true;
  }

  private startWitnessTimer(): void {
    this.lastWitnessedAt = this.now();
    if (this.witnessTimer) return;
    this.witnessTimer = setInterval(() => {
      this.witnessIfDue().catch((err: unknown) => this.log.warn('audit.witness_failed', { code: err instanceof AlcoveError ? err.code : 'INTERNAL' }));
    }, WITNESS_CHECK_MS);
    this.witnessTimer.unref();
  }

  private async assertExists(vaultId: string): Promise<void> {
    try {
      await fs.access(vaultPaths(this.home, vaultId).header);
    } catch {
      throw new AlcoveError('NOT_FOUND', 'There is no vault with that id on this computer.');
    }
  }

  unlock(input: { vaultId: string; password: string; secretKey?: string }): Promise<VaultStatus> {
    return this.openVault(input.vaultId, 'vault.unlock', input.secretKey, async (base) =>
      this.worker.call('unlock', { ...base, ...(await this.auditKeysFor(input.vaultId)), password: input.password, kdfFloor: this.kdfFloor }),
    );
  }

  recover(input: { vaultId: string; recoveryCode: string; newPassword: string; secretKey?: string }): Promise<VaultStatus> {
    return this.openVault(input.vaultId, 'vault.recover', input.secretKey, async (base) => {
      const summary = (await this.list()).find((v) => v.vaultId === input.vaultId);
      assertAcceptablePassword(input.newPassword, summary ? [summary.displayName] : []);
      return this.worker.call('recover', { ...base, ...(await this.auditKeysFor(input.vaultId)), recoveryCode: input.recoveryCode, newPassword: input.newPassword, kdfFloor: this.kdfFloor });
    });
  }

  /**
   * Open a vault by password or recovery code: refuse during a lockout, find the secret key,
   * let the worker prove the secret and open the database, then clear the failure count and
   * enter the attempts that waited while the vault was closed. A failure is counted and kept.
   */
  private openVault(
    vaultId: string,
    action: 'vault.unlock' | 'vault.recover',
    typedSecretKey: string | undefined,
    open: (base: { paths: VaultPaths; secretKey: Uint8Array; source: SecretKeySource; now: number; pending: AuditEvent[] }) => Promise<{ vaultId: string; displayName: string }>,
  ): Promise<VaultStatus> {
    // Taken when the unlock is asked for, not when its turn comes: a lock asked for after
    // this, even while it waits its turn, wins.
    const epoch = this.lockEpoch;
    this.opening = vaultId;
    return this.exclusive(async () => {
      if (this.open) throw new AlcoveError('VAULT_ALREADY_UNLOCKED', 'A vault is already open. Lock it first.');
      await this.assertExists(vaultId);
      const lockedMeanwhile = () =>
        new AlcoveError('VAULT_LOCKED', 'The vault was locked while it was being unlocked (the screen locked or the computer slept). Unlock it again.');
      const paths = vaultPaths(this.home, vaultId);
      // Read before the signing key is made for a vault that has none (from before signing).
      const waiting = await (await this.pendingFor(vaultId, { legacy: true })).read();
      const pending = await this.pendingFor(vaultId);
      let key: Buffer | null = null;
      let lockout: Lockout | null = null;
      try {
        // The secret key first: the counter is authenticated with a key from it.
        const secret = await this.secretKeyFor(vaultId, typedSecretKey);
        key = secret.key;
        lockout = await this.lockoutFor(vaultId, key, () => this.pendingFor(vaultId));
        await lockout.assertNotLockedOut();
        const opened = await open({ paths, secretKey: new Uint8Array(key), source: secret.source, now: this.now(), pending: waiting });
        await pending.clear();
        await lockout.recordSuccess();
        await this.markLockoutCounter(vaultId, key);
        if (secret.source === 'user') await this.keystore.put(vaultId, key);
        if (this.lockEpoch !== epoch) {
          // A lock arrived meanwhile: close what this unlock opened (the lock's own call may
          // already have), then fail. Not awaiting that lock: it may be queued behind this.
          await this.worker.call('lock', { reason: 'manual', now: this.now() });
          throw lockedMeanwhile();
        }
        this.open = opened;
        this.startWitnessTimer();
        await this.refreshScrubber();
        this.log.info(action === 'vault.unlock' ? 'vault.unlocked' : 'vault.recovered', { vaultId });
        return this.status();
      } catch (err) {
        if (err instanceof AlcoveError && err.code === 'VAULT_LOCKED' && this.lockEpoch !== epoch) throw err;
        const counted = lockout ? await this.countFailure(lockout, err, vaultId) : err;
        await this.recordClosedEvent(pending, action, counted);
        // A wrong password still counts when a lock came meanwhile, but the answer is the same
        // either way (locked), so a lock cannot be used to learn more than a plain attempt.
        throw this.lockEpoch !== epoch ? lockedMeanwhile() : counted;
      } finally {
        this.opening = null;
        wipe(key);
      }
    });
  }

  /** A failed attempt on a closed vault waits in the pending log until the next unlock. */
  private async recordClosedEvent(pending: PendingAudit, action: AuditAction, err: unknown): Promise<void> {
    const outcome = err instanceof AlcoveError ? err.code : 'INTERNAL';
    await pending.add({ time: this.now(), action, outcome }).catch(() => undefined);
  }

  /**
   * Change the password. With rotateDataKey the database is also re-encrypted under a new
   * data key and both slots rewritten (issue 12: a copy of the old header no longer opens it
   * with the old password), and the new recovery code is returned: the old code cannot be
   * carried over, since the recovery slot's key comes from the code itself. The vault must be
   * closed for that: if it is open, the password is proved first, then the vault is locked,
   * rotated and opened again with the new password.
   */
  changePassword(input: { vaultId: string; oldPassword: string; newPassword: string; rotateDataKey?: boolean }): Promise<{ recoveryCode: string } | null> {
    return this.exclusive(async () => {
      const out = await this.withPassword(
        input.vaultId,
        'vault.changePassword',
        async () => {
          const summary = (await this.list()).find((v) => v.vaultId === input.vaultId);
          assertAcceptablePassword(input.newPassword, summary ? [summary.displayName] : []);
          if (input.newPassword === input.oldPassword) {
            throw new AlcoveError('WEAK_PASSWORD', 'The new password must differ from the current one.');
          }
        },
        async (base) => {
          const call = () =>
            this.worker.call('changePassword', {
              ...base,
              oldPassword: input.oldPassword,
              newPassword: input.newPassword,
              kdfFloor: this.kdfFloor,
              ...(input.rotateDataKey ? { rotateDataKey: true } : {}),
            });
          if (!input.rotateDataKey || this.open?.vaultId !== input.vaultId) return call();
          // Proved before the lock, so a wrong password never closes the open vault.
          await this.worker.call('proveSecret', { paths: base.paths, secretKey: base.secretKey, source: base.source, password: input.oldPassword });
          await this.worker.call('lock', { reason: 'rotate', now: this.now() });
          this.open = null;
          let rotated;
          try {
            rotated = await call();
          } catch (err) {
            // The vault is closed now, with the old key or the new one: say so, and fail.
            this.emitLocked('rotate');
            throw err;
          }
          await this.reopenAfterRotation(base, input.newPassword);
          return rotated;
        },
      );
      this.log.info(input.rotateDataKey ? 'vault.data_key_rotated' : 'vault.password_changed', { vaultId: input.vaultId });
      return out;
    });
  }

  /**
   * Open the vault again after its data key was replaced under it. The rotation itself has
   * succeeded by then: if opening fails, the vault stays locked (and says so) rather than the
   * change being reported as failed.
   */
  private async reopenAfterRotation(base: { paths: VaultPaths; secretKey: Uint8Array; source: SecretKeySource }, password: string): Promise<void> {
    const pending = await this.pendingFor(path.basename(base.paths.dir));
    try {
      const vaultId = path.basename(base.paths.dir);
      this.open = await this.worker.call('unlock', { ...base, ...(await this.auditKeysFor(vaultId)), password, now: this.now(), pending: await pending.read(), kdfFloor: this.kdfFloor });
      this.startWitnessTimer();
      await pending.clear();
    } catch (err) {
      this.log.error('vault.reopen_failed', { code: err instanceof AlcoveError ? err.code : 'INTERNAL' });
      this.emitLocked('rotate');
    }
  }

  /**
   * A new recovery code for a vault, proved by its password; the old code stops working
   * (issue 12: a code that may have been seen can be revoked without recovering the vault).
   */
  newRecoveryCode(input: { vaultId: string; password: string }): Promise<{ vaultId: string; recoveryCode: string }> {
    return this.exclusive(async () => {
      const { recoveryCode } = await this.withPassword(input.vaultId, 'vault.newRecoveryCode', async () => undefined, (base) =>
        this.worker.call('newRecoveryCode', { ...base, password: input.password, kdfFloor: this.kdfFloor }),
      );
      this.log.info('vault.recovery_code_replaced', { vaultId: input.vaultId });
      return { vaultId: input.vaultId, recoveryCode };
    });
  }

  /**
   * Run a change to a vault's key slots that its password authorises: refused during a
   * lockout, a wrong password counted like a failed unlock, and the outcome audited under
   * `action` either way: into the open vault's log when it is this vault, else kept aside
   * until the next unlock. `check` refuses a request before the secret key is even looked up.
   */
  private async withPassword<T>(
    vaultId: string,
    action: AuditAction,
    check: () => Promise<void>,
    run: (base: { paths: VaultPaths; secretKey: Uint8Array; source: SecretKeySource }) => Promise<T>,
  ): Promise<T> {
    await this.assertExists(vaultId);
    const paths = vaultPaths(this.home, vaultId);
    const pending = await this.pendingFor(vaultId);
    let lockout: Lockout | null = null;
    const record = async (outcome: string) => {
      const event: AuditEvent = { time: this.now(), action, outcome };
      if (this.open?.vaultId === vaultId) await this.worker.call('auditEvent', { event });
      else await pending.add(event);
    };
    let key: Buffer | null = null;
    try {
      await check();
      const secret = await this.secretKeyFor(vaultId);
      key = secret.key;
      lockout = await this.lockoutFor(vaultId, key, () => this.pendingFor(vaultId));
      await lockout.assertNotLockedOut();
      const out = await run({ paths, secretKey: new Uint8Array(key), source: secret.source });
      await lockout.recordSuccess();
      await record('ok');
      return out;
    } catch (err) {
      const counted = lockout ? await this.countFailure(lockout, err, vaultId) : err;
      await record(counted instanceof AlcoveError ? counted.code : 'INTERNAL').catch(() => undefined);
      throw counted;
    } finally {
      wipe(key);
    }
  }

  private async countFailure(lockout: Lockout, err: unknown, vaultId: string): Promise<unknown> {
    if (err instanceof AlcoveError && (err.code === 'WRONG_PASSWORD' || err.code === 'WRONG_RECOVERY_CODE')) {
      const counted = await lockout.recordFailure(err.code);
      this.log.warn('vault.unlock_failed', { vaultId, code: counted.code, ...counted.details });
      return counted;
    }
    if (err instanceof AlcoveError) this.log.warn('vault.operation_failed', { vaultId, code: err.code });
    return err;
  }

  /**
   * Lock. With a vault open or opening this jumps every queue: the worker gets LOCK_GRACE_MS
   * to finish what it runs and close cleanly, and is then terminated (issue 12: a lock takes
   * effect within 250 ms, and never fails open). `locked` is reported only once the worker
   * holding the key has confirmed the wipe or no longer exists.
   */
  lock(reason = 'manual'): Promise<void> {
    this.lockEpoch += 1;
    if (this.locking) return this.locking;
    const run = this.open || this.opening ? this.closeWorker(reason) : this.exclusive(() => this.closeWorker(reason));
    this.locking = run.finally(() => {
      this.locking = null;
    });
    return this.locking;
  }

  private async closeWorker(reason: string): Promise<void> {
    const wasOpen = this.open;
    const vaultId = wasOpen?.vaultId ?? this.opening;
    // A worker with calls outstanding is busy (a search, a verify, an export, an unlock's
    // Argon2): the lock waits for it only briefly. An idle one closes at once, or not at all.
    // Argon2 is the exception: its native work cannot be cut off (terminating the worker then
    // aborts the process), so a lock behind an unlock or a password change waits for it, and
    // that unlock then ends locked (openVault).
    const busy = this.worker.outstanding > 0 && !this.worker.derivingKey;
    const clean = this.worker.call('lock', { reason, now: this.now() }).then(
      () => true,
      (err: unknown) => {
        this.log.error('vault.lock_close_failed', { code: err instanceof AlcoveError ? err.code : 'INTERNAL' });
        return false;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<boolean>((resolve) => {
      if (busy) timer = setTimeout(() => resolve(false), LOCK_GRACE_MS);
    });
    const closed = await Promise.race([clean, grace]);
    clearTimeout(timer);
    if (!closed) {
      await this.worker.terminate(new AlcoveError('VAULT_LOCKED', 'The vault was locked while this was running, so it may not have finished. Unlock the vault and try again.'));
      if (vaultId) {
        this.log.warn('vault.lock_forced', { vaultId, reason });
        // The worker could not write the lock into the log: it waits for the next unlock.
        await (await this.pendingFor(vaultId)).add({ time: this.now(), action: lockAction(reason), outcome: 'LOCK_FORCED' }).catch(() => undefined);
      }
    }
    this.open = null;
    clearVaultIdentifiers();
    if (wasOpen) {
      this.log.info('vault.locked', { vaultId: wasOpen.vaultId, reason });
      this.emitLocked(reason);
    }
  }

  /**
   * Destroy a vault: the header (the only place the wrapped data key lives), the device's
   * secret key, the lockout state and the database files are overwritten, then removed.
   * Only for someone who proves the password or the recovery code first (issue 12): anyone
   * at an unlocked computer could otherwise destroy the records for good. Nothing is locked
   * or touched until the proof succeeds.
   */
  delete(input: { vaultId: string } & SecretProof): Promise<void> {
    return this.exclusive(async () => {
      await this.assertExists(input.vaultId);
      const paths = vaultPaths(this.home, input.vaultId);
      await this.proveSecret(input.vaultId, paths, 'password' in input ? { password: input.password } : { recoveryCode: input.recoveryCode });
      if (this.open?.vaultId === input.vaultId) {
        await this.worker.call('lock', {});
        this.open = null;
        this.emitLocked('deleted');
      }
      await shred(paths.header);
      await this.keystore.delete(input.vaultId);
      const names = await fs.readdir(paths.dir);
      for (const name of names) await shred(`${paths.dir}/${name}`);
      await fs.rm(paths.dir, { recursive: true, force: true });
      this.log.info('vault.deleted', { vaultId: input.vaultId });
    });
  }

  /**
   * Prove a secret of a vault in the worker, under the same lockout as unlocking: a wrong one
   * counts towards the pause and is audited, so deleting is no way around either.
   */
  private async proveSecret(vaultId: string, paths: VaultPaths, proof: SecretProof): Promise<void> {
    const pending = await this.pendingFor(vaultId);
    let key: Buffer | null = null;
    let lockout: Lockout | null = null;
    try {
      const secret = await this.secretKeyFor(vaultId);
      key = secret.key;
      lockout = await this.lockoutFor(vaultId, key, () => this.pendingFor(vaultId));
      await lockout.assertNotLockedOut();
      await this.worker.call('proveSecret', { paths, secretKey: new Uint8Array(key), source: secret.source, ...proof });
    } catch (err) {
      const counted = lockout ? await this.countFailure(lockout, err, vaultId) : err;
      const outcome = counted instanceof AlcoveError ? counted.code : 'INTERNAL';
      // Into the open vault's log when it is this vault, else kept aside until the next unlock.
      if (this.open?.vaultId === vaultId) {
        await this.worker.call('auditEvent', { event: { time: this.now(), action: 'vault.delete', outcome } }).catch(() => undefined);
      } else {
        await this.recordClosedEvent(pending, 'vault.delete', counted);
      }
      throw counted;
    } finally {
      wipe(key);
    }
  }

  /** A domain operation on the open vault, run in the worker in one transaction. */
  async op<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> {
    if (!this.open) throw new AlcoveError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    const audit = takeAuditAction();
    // The worker ran OPS[name] on this input: its answer is that handler's output.
    const out = (await this.worker.call('op', { name, input, now: this.now(), ...(audit ? { audit } : {}) })) as OpOutput<N>;
    if (name === 'clients.create' || name === 'clients.update') await this.refreshScrubber();
    return out;
  }

  /** Give the log scrubber this vault's client names, emails and phones (cleared at lock). */
  private async refreshScrubber(): Promise<void> {
    try {
      setVaultIdentifiers((await this.worker.call('op', { name: 'vault.identifiers', input: {}, now: this.now() })) as OpOutput<'vault.identifiers'>);
    } catch (err) {
      // Not a reason to fail the unlock or the write; the general scrubber still runs.
      this.log.warn('vault.scrubber_refresh_failed', { code: err instanceof AlcoveError ? err.code : 'INTERNAL' });
    }
  }

  /** A standalone audit entry in the open vault's log (a call refused before reaching the vault). */
  async auditEvent(event: Omit<AuditEvent, 'time'>): Promise<void> {
    if (!this.open) return;
    await this.worker.call('auditEvent', { event: { ...event, time: this.now() } });
  }

  async close(): Promise<void> {
    if (this.witnessTimer) clearInterval(this.witnessTimer);
    this.witnessTimer = null;
    if (this.open) await this.lock('quit');
    await this.worker.stop();
  }
}
