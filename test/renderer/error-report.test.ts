import { describe, expect, it } from 'vitest';
import { codeOf, componentOf } from '../../src-renderer/error-report.js';

describe('a renderer error report', () => {
  it('[GDPR 32] carries a code and a component, never the text of a message', () => {
    expect(codeOf(new TypeError('Cannot read Jordan Reyes'))).toBe('TypeError');
    expect(codeOf(Object.assign(new Error('x'), { code: 'VAULT_LOCKED' }))).toBe('VAULT_LOCKED');
    expect(codeOf(Object.assign(new Error('x'), { code: 'Jordan Reyes, 555-0100' }))).toBe('Error');
    expect(codeOf('Jordan Reyes')).toBe('string');
    expect(componentOf('\n    at NoteEditor (app://alcove/assets/index.js:1:2)\n    at ClientChart (app://alcove/assets/index.js:3:4)')).toBe('NoteEditor');
    expect(componentOf(undefined)).toBe('window');
    expect(componentOf('\n    at div\n    at jordan (x)')).toBe('window');
  });
});
