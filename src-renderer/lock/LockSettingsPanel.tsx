// Settings → Automatic lock: how long without activity before Alcove locks (1 minute to 4
// hours, stored in the vault), whether input in other apps counts as being here, and the
// practice's cap when one is set. Each change is saved at once.

import { useEffect, useState } from 'react';
import { call, type ApiOutput, type WireError } from '../api.js';
import { ErrorAlert, Notice } from '../components/Alert.js';

type LockSettings = ApiOutput<'lock.getSettings'>;

const CHOICES = [1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240];

export function minutesText(minutes: number): string {
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = minutes / 60;
  if (Number.isInteger(hours)) return hours === 1 ? '1 hour' : `${hours} hours`;
  return `${Math.floor(hours)} h ${minutes % 60} min`;
}

export function LockSettingsPanel() {
  const [settings, setSettings] = useState<LockSettings | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    void call('lock.getSettings', {}).then((r) => {
      if (!live) return;
      if (r.ok) setSettings(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const save = async (next: { timeoutMinutes: number; useSystemIdle: boolean }) => {
    if (!settings) return;
    const before = settings;
    // The controls follow the click at once; main's answer brings the effective timeout.
    setSettings({ ...before, ...next });
    setSaved(false);
    setError(null);
    const r = await call('lock.setSettings', next);
    if (r.ok) {
      setSettings(r.value);
      setSaved(true);
    } else {
      setSettings(before);
      setError(r.error);
    }
  };

  const choices = settings && !CHOICES.includes(settings.timeoutMinutes) ? [...CHOICES, settings.timeoutMinutes].sort((a, b) => a - b) : CHOICES;
  const cap = settings?.policyCapMinutes ?? null;

  return (
    <section className="panel" aria-labelledby="lock-timeout-title">
      <h2 id="lock-timeout-title">Automatic lock</h2>
      <p>
        When nothing is typed or clicked for this long, Alcove saves your drafts and locks. A minute before, it warns you. Sleep, the
        screen lock and Ctrl+L lock at once.
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="field">
        <label htmlFor="lock-timeout">Lock after</label>
        {cap !== null ? (
          <p className="field-hint" id="lock-timeout-cap">
            Your practice’s policy locks Alcove after at most {minutesText(cap)}.
          </p>
        ) : null}
        <select
          id="lock-timeout"
          disabled={!settings}
          value={settings ? String(settings.timeoutMinutes) : ''}
          aria-describedby={cap !== null ? 'lock-timeout-cap' : undefined}
          onChange={(e) => void save({ timeoutMinutes: Number(e.target.value), useSystemIdle: settings?.useSystemIdle ?? false })}
        >
          {settings ? null : <option value="">Loading…</option>}
          {choices.map((m) => (
            <option key={m} value={String(m)}>
              {minutesText(m)} without activity
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          disabled={!settings}
          checked={settings?.useSystemIdle ?? false}
          aria-describedby="lock-system-idle-hint"
          onChange={(e) => void save({ timeoutMinutes: settings?.timeoutMinutes ?? 15, useSystemIdle: e.target.checked })}
        />
        Stay unlocked while I am using other apps on this computer
      </label>
      <p className="field-hint check-hint" id="lock-system-idle-hint">
        Otherwise only typing, clicking and touch in Alcove count.
      </p>
      {settings ? (
        <p className="lock-settings-summary" data-testid="lock-effective">
          Alcove locks after <span className="lock-settings-effective">{minutesText(settings.effectiveMinutes)}</span> without activity
          {cap !== null && settings.effectiveMinutes < settings.timeoutMinutes ? ', the most your practice’s policy allows' : ''}.
        </p>
      ) : null}
      {saved ? <Notice>Saved.</Notice> : null}
    </section>
  );
}
