// Where this record sits (Clients › client › record), each step a way back.

import type { ReactNode } from 'react';

export interface Crumb {
  label: string;
  onOpen?: () => void;
}

export function Breadcrumbs({ trail, children }: { trail: Crumb[]; children?: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((c, i) => (
          <li key={i}>
            {c.onOpen ? (
              <button type="button" className="button-link" onClick={c.onOpen}>
                {c.label}
              </button>
            ) : (
              <span aria-current="page">{c.label}</span>
            )}
          </li>
        ))}
      </ol>
      {children}
    </nav>
  );
}
