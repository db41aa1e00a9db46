// Where the draft stands, said politely to screen readers: "Saving…", "Saved 10:42", or why
// it could not be saved (the text stays on screen and is tried again on the next edit).

import { formatTime } from '../../records/dates.js';
import { describeError } from '../../errors.js';
import type { SaveState } from '../../stores/note-draft.js';

export function SaveIndicator({ save }: { save: SaveState }) {
  let text = '';
  let tone = 'quiet';
  switch (save.kind) {
    case 'idle':
      text = 'All changes saved';
      break;
    case 'pending':
      text = 'Unsaved changes';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = `Saved ${formatTime(save.at)}`;
      break;
    case 'failed': {
      const shown = describeError(save.error);
      text = `Not saved: ${shown.detail} Your text is still here; Alcove tries again when you type or press Ctrl+S.`;
      tone = 'failed';
      break;
    }
  }
  return (
    <p className={`save-indicator save-${tone}`} role="status" aria-live="polite" data-testid="save-indicator" data-state={save.kind}>
      {text}
    </p>
  );
}
