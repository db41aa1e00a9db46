// Which passwords a vault accepts: at least 12 characters, and not trivially guessable by
// zxcvbn's estimate (score 3 or more: about 10^8 guesses, against a slow hash). zxcvbn is the
// field's standard estimator (Dropbox's, maintained in TypeScript as zxcvbn-ts); it knows
// common passwords, names, keyboard walks, dates and l33t substitutions.

// Its dictionaries are megabytes of JavaScript: they are required on the first check, so a
// command that never sets a password (`alcove vault list`) does not load them.

import { createRequire } from 'node:module';
import type * as Core from '@zxcvbn-ts/core';
import type * as Common from '@zxcvbn-ts/language-common';
import type * as En from '@zxcvbn-ts/language-en';
import { AlcoveError } from '../errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MIN_SCORE = 3;

let estimator: typeof Core.zxcvbn | null = null;
function configure(): typeof Core.zxcvbn {
  if (estimator) return estimator;
  const require = createRequire(import.meta.url);
  const core = require('@zxcvbn-ts/core') as typeof Core;
  const common = require('@zxcvbn-ts/language-common') as typeof Common;
  const en = require('@zxcvbn-ts/language-en') as typeof En;
  core.zxcvbnOptions.setOptions({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  estimator = core.zxcvbn;
  return estimator;
}

export interface PasswordAssessment {
  acceptable: boolean;
  /** 0 (trivial) .. 4 (very strong), for the strength meter. */
  score: number;
  reasons: string[];
}

export function assessPassword(password: string, userInputs: string[] = []): PasswordAssessment {
  const zxcvbn = configure();
  const reasons: string[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) reasons.push(`Use at least ${MIN_PASSWORD_LENGTH} characters (this has ${length}).`);
  const inputs = [...userInputs, 'alcove', 'therapy', 'therapist', 'clinic', 'vault', 'password'];
  const result = zxcvbn(password.slice(0, 256), inputs);
  if (result.score < MIN_SCORE) {
    if (result.feedback.warning) reasons.push(result.feedback.warning);
    else reasons.push('This password is easy to guess.');
    reasons.push(...result.feedback.suggestions);
    if (result.feedback.suggestions.length === 0) reasons.push('Add more words that are not related to you or your practice.');
  }
  return { acceptable: reasons.length === 0, score: result.score, reasons };
}

export function assertAcceptablePassword(password: string, userInputs: string[] = []): void {
  const a = assessPassword(password, userInputs);
  if (!a.acceptable) throw new AlcoveError('WEAK_PASSWORD', `Choose a stronger password. ${a.reasons.join(' ')}`);
}
