// Which passwords a vault accepts: at least 12 characters, and not trivially guessable by
// zxcvbn's estimate (score 3 or more: about 10^8 guesses, against a slow hash). zxcvbn is the
// field's standard estimator (Dropbox's, maintained in TypeScript as zxcvbn-ts); it knows
// common passwords, names, keyboard walks, dates and l33t substitutions.

import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { AlcoveError } from '../errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MIN_SCORE = 3;

let configured = false;
function configure(): void {
  if (configured) return;
  zxcvbnOptions.setOptions({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  configured = true;
}

export interface PasswordAssessment {
  acceptable: boolean;
  /** 0 (trivial) .. 4 (very strong), for the strength meter. */
  score: number;
  reasons: string[];
}

export function assessPassword(password: string, userInputs: string[] = []): PasswordAssessment {
  configure();
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
