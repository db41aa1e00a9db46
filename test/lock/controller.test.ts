import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../src-main/lock/clock.js';
import { LockController, type LockReason } from '../../src-main/lock/controller.js';
import { DEFAULT_TIMEOUT_MINUTES, effectiveTimeoutMs, WARNING_MS } from '../../src-main/lock/policy.js';

const MIN = 60_000;

/** A fake app around the controller: a renderer with typed text, a vault that saves it. */
function harness(options: { timeoutMs?: number; flushHangs?: boolean; systemIdleMs?: () => number; useSystemIdle?: boolean } = {}) {
  const clock = new FakeClock();
  const events: { event: string; payload: unknown }[] = [];
  const vault = { open: true, saved: '' as string, closes: [] as LockReason[] };
  const renderer = { typed: '' };
  const controller = new LockController({
    clock,
    timeoutMs: options.timeoutMs ?? effectiveTimeoutMs({ timeoutMinutes: DEFAULT_TIMEOUT_MINUTES }),
    ...(options.systemIdleMs ? { systemIdleMs: options.systemIdleMs } : {}),
    useSystemIdle: options.useSystemIdle ?? false,
    steps: {
      flushDrafts: async () => {
        if (options.flushHangs) return new Promise<void>(() => undefined);
        await Promise.resolve();
        if (!vault.open) throw new Error('vault closed before the flush');
        vault.saved = renderer.typed;
      },
      closeVault: async (reason) => {
        vault.open = false;
        vault.closes.push(reason);
      },
      dropCaches: () => undefined,
      emit: (event, payload) => events.push({ event, payload }),
    },
  });
  const unlock = () => {
    vault.open = true;
    controller.unlocked();
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
    await controller.settled();
  };
  return { clock, events, vault, renderer, controller, unlock, settle };
}

describe('inactivity lock', () => {
  it('[HIPAA 164.312(a)(2)(iii)] locks exactly at 15:00 of inactivity, not one tick before, with a warning at 14:00', async () => {
    const h = harness();
    h.unlock();
    h.clock.advance(14 * MIN - 1);
    expect(h.events).toEqual([]);
    h.clock.advance(1);
    expect(h.events).toEqual([{ event: 'lock.warning', payload: { secondsLeft: 60 } }]);
    h.clock.advance(WARNING_MS - 1);
    await h.settle();
    expect(h.controller.current).toBe('unlocked');
    h.clock.advance(1);
    await h.settle();
    expect(h.controller.current).toBe('locked');
    expect(h.vault.closes).toEqual(['timeout']);
    expect(h.events.at(-1)).toEqual({ event: 'vault.locked', payload: { reason: 'timeout' } });
  });

  it('typing is activity: it postpones the lock and dismisses the warning', async () => {
    const h = harness();
    h.unlock();
    h.clock.advance(14 * MIN + 30_000);
    expect(h.events.map((e) => e.event)).toEqual(['lock.warning']);
    h.renderer.typed = 'Client reported';
    h.controller.activity();
    expect(h.events.at(-1)).toEqual({ event: 'lock.warning', payload: { secondsLeft: null } });
    h.clock.advance(14 * MIN);
    await h.settle();
    expect(h.controller.current).toBe('unlocked');
    h.clock.advance(MIN);
    await h.settle();
    expect(h.controller.current).toBe('locked');
  });

  it('[HIPAA 164.312(a)(2)(iii)] runs the wipe checklist in order: flush drafts, close the vault, drop caches, tell the windows', async () => {
    const h = harness();
    h.unlock();
    h.renderer.typed = 'Discussed sleep hygiene';
    await h.controller.lock('manual');
    expect(h.controller.journal.map((j) => [j.step, j.ok])).toEqual([
      ['flush', true],
      ['close', true],
      ['drop-caches', true],
      ['emit', true],
    ]);
    expect(h.vault.saved).toBe('Discussed sleep hygiene');
    // Locking again runs no checklist (nothing to flush, no second event), but the vault is
    // still told: an unlock may be under way, and it must end locked.
    const events = h.events.length;
    await h.controller.lock('screen-lock');
    expect(h.controller.journal).toHaveLength(4);
    expect(h.events).toHaveLength(events);
    expect(h.vault.closes).toEqual(['manual', 'screen-lock']);
    expect(h.controller.current).toBe('locked');
  });

  it('[HIPAA 164.312(a)(2)(iii)] locks anyway when a window never answers the flush, after the bounded wait', async () => {
    const h = harness({ flushHangs: true });
    h.unlock();
    const locking = h.controller.lock('manual');
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(h.controller.current).toBe('locking');
    h.clock.advance(5_000);
    await locking;
    expect(h.controller.current).toBe('locked');
    expect(h.controller.journal[0]).toMatchObject({ step: 'flush', ok: false });
  });

  it('[HIPAA 164.312(a)(2)(iii)] locks at once on suspend, screen lock and user switch, and is locked after resume', async () => {
    for (const event of ['suspend', 'lock-screen', 'user-switch', 'resume'] as const) {
      const h = harness();
      h.unlock();
      await h.controller.power(event);
      expect(h.controller.current, event).toBe('locked');
      expect(h.vault.closes).toEqual([event === 'lock-screen' ? 'screen-lock' : event]);
    }
  });

  it('[HIPAA 164.312(a)(2)(iii)] applies a shorter timeout at once, and a policy cap wins over the setting', async () => {
    expect(effectiveTimeoutMs({ timeoutMinutes: 240 }, 30)).toBe(30 * MIN);
    expect(effectiveTimeoutMs({ timeoutMinutes: 10 }, 30)).toBe(10 * MIN);
    expect(effectiveTimeoutMs({ timeoutMinutes: 0 })).toBe(1 * MIN);
    expect(effectiveTimeoutMs({ timeoutMinutes: 10_000 })).toBe(240 * MIN);
    const h = harness();
    h.unlock();
    h.clock.advance(5 * MIN);
    h.controller.configure({ timeoutMs: 2 * MIN });
    await h.settle();
    expect(h.controller.current).toBe('locked');
  });

  it('counts input elsewhere on the computer when the setting asks for system idle time', async () => {
    let lastInputElsewhere = 0;
    let h: ReturnType<typeof harness> | null = null;
    h = harness({ systemIdleMs: () => (h as ReturnType<typeof harness>).clock.now() - lastInputElsewhere, useSystemIdle: true });
    h.unlock();
    // Twenty minutes of work in other programs (no input in Alcove): still unlocked.
    for (let m = 0; m < 20; m++) {
      lastInputElsewhere = h.clock.now();
      h.clock.advance(MIN);
    }
    lastInputElsewhere = h.clock.now();
    await h.settle();
    expect(h.controller.current).toBe('unlocked');
    // Then nobody touches the computer: locked fifteen minutes later, not before.
    h.clock.advance(15 * MIN - 1);
    await h.settle();
    expect(h.controller.current).toBe('unlocked');
    h.clock.advance(1);
    await h.settle();
    expect(h.controller.current).toBe('locked');
  });

  it('[HIPAA 164.312(a)(2)(iii)] model: never unlocked past the timeout, never closes before the flush, never loses a typed draft', async () => {
    const timeoutMs = 3 * MIN;
    type Model = { unlocked: boolean; lastActivity: number; typed: string };
    type Real = ReturnType<typeof harness>;
    const check = async (m: Model, r: Real) => {
      await r.settle();
      if (r.controller.current === 'unlocked') {
        expect(r.clock.now() - m.lastActivity).toBeLessThan(timeoutMs);
      } else {
        // Every lock saved the text typed before it.
        expect(r.vault.saved).toBe(m.typed);
      }
      // In every lock, the flush came before the close.
      const steps = r.controller.journal.map((j) => j.step);
      for (let i = 0; i < steps.length; i++) if (steps[i] === 'close') expect(steps[i - 1]).toBe('flush');
      m.unlocked = r.controller.current === 'unlocked';
    };
    class Type implements fc.AsyncCommand<Model, Real> {
      constructor(readonly text: string) {}
      check = (m: Readonly<Model>) => m.unlocked;
      async run(m: Model, r: Real) {
        r.renderer.typed = m.typed = this.text;
        r.controller.activity();
        m.lastActivity = r.clock.now();
        await check(m, r);
      }
      toString = () => `type(${JSON.stringify(this.text)})`;
    }
    class Advance implements fc.AsyncCommand<Model, Real> {
      constructor(readonly ms: number) {}
      check = () => true;
      async run(m: Model, r: Real) {
        r.clock.advance(this.ms);
        await check(m, r);
      }
      toString = () => `advance(${this.ms})`;
    }
    class Power implements fc.AsyncCommand<Model, Real> {
      constructor(readonly event: 'suspend' | 'lock-screen' | 'user-switch' | 'resume') {}
      check = () => true;
      async run(m: Model, r: Real) {
        await r.controller.power(this.event);
        await check(m, r);
        expect(r.controller.current).toBe('locked');
      }
      toString = () => `power(${this.event})`;
    }
    class LockNow implements fc.AsyncCommand<Model, Real> {
      check = () => true;
      async run(m: Model, r: Real) {
        await r.controller.lock('manual');
        await check(m, r);
      }
      toString = () => 'lockNow';
    }
    class Unlock implements fc.AsyncCommand<Model, Real> {
      check = (m: Readonly<Model>) => !m.unlocked;
      async run(m: Model, r: Real) {
        r.unlock();
        m.lastActivity = r.clock.now();
        await check(m, r);
        expect(r.controller.current).toBe('unlocked');
      }
      toString = () => 'unlock';
    }
    const commands = [
      fc.string({ minLength: 1, maxLength: 12 }).map((t) => new Type(t)),
      fc.integer({ min: 1, max: 4 * MIN }).map((ms) => new Advance(ms)),
      fc.constantFrom('suspend', 'lock-screen', 'user-switch', 'resume' as const).map((e) => new Power(e)),
      fc.constant(new LockNow()),
      fc.constant(new Unlock()),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (cmds) => {
        const real = harness({ timeoutMs });
        real.unlock();
        const model: Model = { unlocked: true, lastActivity: real.clock.now(), typed: '' };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 150 },
    );
  });
});
