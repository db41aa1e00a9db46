// A note's text as one string: its template's sections in order, blank ones left out. What
// search indexes and what a preview or snippet is cut from.

import { TEMPLATES, type Sections, type Template } from './schemas.js';

export function noteText(template: Template, sections: Sections): string {
  return (TEMPLATES[template] as readonly string[])
    .map((k) => sections[k])
    .filter((t): t is string => Boolean(t && t.trim()))
    .join('\n\n');
}
