// An error the therapist must read: announced at once (role="alert"), titled, then the core's
// plain-sentence message. Children replace the detail where the screen knows better.

import type { ReactNode } from 'react';
import type { WireError } from '../api.js';
import { describeError } from '../errors.js';

export function ErrorAlert({ error, children }: { error: WireError; children?: ReactNode }) {
  const shown = describeError(error);
  return (
    <div className="alert alert-error" role="alert" data-error-code={error.code}>
      <p className="alert-title">{shown.title}</p>
      <p>{children ?? shown.detail}</p>
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}
