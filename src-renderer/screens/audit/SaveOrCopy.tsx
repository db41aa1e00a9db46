// Handing a file to the clinician: a download from a Blob URL (blob: is a download, not a
// fetch, so the page's `default-src 'none'` does not stand in its way), and the same text in
// a read-only box with a Copy button for when saving a file is not possible. Copying text
// that holds PHI tells the core, which clears the clipboard after a while and at lock.

import { useId, useRef, useState } from 'react';
import { call } from '../../api.js';

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next turn: the click has already handed the bytes to the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The window may refuse the clipboard permission: fall back to copying the selection.
    if (!box) return false;
    box.focus();
    box.select();
    return document.execCommand('copy');
  }
}

interface Props {
  label: string;
  text: string;
  filename: string;
  type: string;
  saveLabel: string;
  phi?: boolean;
  rows?: number;
}

export function SaveOrCopy({ label, text, filename, type, saveLabel, phi = false, rows = 8 }: Props) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    const ok = await copyText(text, box.current);
    setCopied(ok ? 'yes' : 'no');
    if (ok && phi) void call('clipboard.copied', {});
  };
  return (
    <div className="save-or-copy no-print">
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => downloadText(filename, text, type)}>
          {saveLabel}
        </button>
        <button type="button" className="button-quiet" onClick={() => void copy()}>
          Copy
        </button>
        <span className="muted" role="status">
          {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Selected: press Ctrl+C to copy.' : ''}
        </span>
      </div>
      <label htmlFor={id} className="save-or-copy-label">
        {label}
      </label>
      <textarea id={id} ref={box} className="save-or-copy-text" readOnly value={text} rows={rows} spellCheck={false} />
    </div>
  );
}
