// Every editor is flushed at lock: a screen that renders a field the clinician types into keeps
// its value in useDraft() (or, for a note's sections, the note store), never in plain React
// state a lock would wipe. A new form fails this test until it does, or until it is listed
// below with the reason its text need not survive a lock.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../src-renderer');
const FIELD = /<textarea\b|<TextAreaField\b|<Field\b|<input\b|<select\b/;
const DRAFTED = /\buseDraft\s*[<(]|\buseNoteDraft\b/;

/** Files with fields that are not drafts, and why. */
const NOT_DRAFTS: Record<string, string> = {
  'components/Field.tsx': 'a building block; its caller holds the value',
  'components/TextAreaField.tsx': 'a building block; its caller holds the value',
  'components/NewPasswordFields.tsx': 'a password: never saved anywhere',
  'components/DateRangeFields.tsx': 'a filter, not clinical text',
  'components/ClientSelect.tsx': 'a choice of client, not clinical text',
  'components/redaction/RedactionPreview.tsx': 'an export preview: a lock wipes its choices by design (place.ts)',
  'components/redaction/SpanPanel.tsx': 'an export preview: a lock wipes its choices by design (place.ts)',
  'components/redaction/AddRedactionForm.tsx': 'an export preview: a lock wipes its choices by design (place.ts)',
  'lock/LockSettingsPanel.tsx': 'a setting, saved as soon as it changes',
  'screens/Settings.tsx': 'passwords and settings: never drafts',
  'screens/NewRecoveryCode.tsx': 'a password: never saved anywhere',
  'screens/CreateVault.tsx': 'a new vault’s name and password: no vault to save to yet',
  'screens/UnlockForms.tsx': 'passwords and recovery codes: never saved',
  'screens/RecoveryKit.tsx': 'a confirmation tick box',
  'screens/plans/PlanForm.tsx': 'the fields of PlanEditor’s draft (it holds the value)',
  'screens/measures/MeasureItems.tsx': 'the answers of MeasureEntry’s draft (it holds the value)',
  'screens/audit/SaveOrCopy.tsx': 'read-only text',
  'screens/audit/Accounting.tsx': 'the period shown (its disclosure form is a draft)',
  'screens/audit/AuditLog.tsx': 'filters, not clinical text',
  'screens/audit/VerifyPanel.tsx': 'a file picker',
  'screens/search/SearchSection.tsx': 'a search box and its filters',
  'screens/clients/ClientList.tsx': 'the list’s filter (its new-client form is a draft)',
  'screens/clients/Timeline.tsx': 'the timeline’s filter',
  'screens/clients/NewNoteForm.tsx': 'template and date; the note is created at once and its text is a note draft',
};

async function tsxFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await tsxFiles(full)));
    else if (entry.name.endsWith('.tsx')) out.push(full);
  }
  return out;
}

describe('every editor is a draft', () => {
  it('keeps what is typed in useDraft() (or the note store), or says why not', async () => {
    const undrafted: string[] = [];
    const drafted: string[] = [];
    for (const file of await tsxFiles(ROOT)) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      const text = await readFile(file, 'utf8');
      if (!FIELD.test(text)) continue;
      if (DRAFTED.test(text)) drafted.push(rel);
      else if (!(rel in NOT_DRAFTS)) undrafted.push(rel);
    }
    expect(undrafted, 'forms whose typed text a lock would lose').toEqual([]);
    // The editors of issue 12, and the chart's short forms, are all among the drafted.
    expect(drafted).toEqual(
      expect.arrayContaining([
        'screens/plans/PlanEditor.tsx',
        'screens/clients/ContactNoteForm.tsx',
        'screens/clients/NewClientForm.tsx',
        'screens/clients/ChartHeader.tsx',
        'screens/notes/SignedNote.tsx',
        'screens/notes/NoteEditor.tsx',
        'screens/measures/MeasureEntry.tsx',
        'screens/audit/DisclosureForm.tsx',
        'screens/ProfileForm.tsx',
      ]),
    );
  });

  it('lists no file that has gone or no longer has fields', async () => {
    for (const rel of Object.keys(NOT_DRAFTS)) {
      const text = await readFile(path.join(ROOT, rel), 'utf8');
      expect(FIELD.test(text), `${rel} still renders a field`).toBe(true);
      expect(DRAFTED.test(text), `${rel} uses a draft now: take it off the list`).toBe(false);
    }
  });
});
