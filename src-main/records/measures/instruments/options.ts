// Answer scales shared by more than one item, built once so every item that uses a scale uses
// exactly the same values, labels and scores.

import type { AnswerOption } from '../types.js';

/** Options scored as their own value (every item here except DAST-10 item 3). */
export function scale(labels: readonly string[], values?: readonly number[]): readonly AnswerOption[] {
  return labels.map((label, i) => {
    const value = values?.[i] ?? i;
    return { value, label, score: value };
  });
}

/** PHQ-9 and GAD-7: how often in the last two weeks, 0–3. */
export const OFTEN_LAST_TWO_WEEKS = scale(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
