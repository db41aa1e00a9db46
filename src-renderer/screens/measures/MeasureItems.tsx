// The items of one instrument: each a fieldset (its legend is the item) holding a native
// radio group of the published answers. Critical items are marked, and an answer that
// triggers them says so at once.

import type { Instrument } from '../../records/types.js';

export function MeasureItems({ inst, answers, onAnswer }: { inst: Instrument; answers: (number | null)[]; onAnswer: (index: number, value: number) => void }) {
  return (
    <ol className="measure-items">
      {inst.items.map((item, i) => {
        const answer = answers[i] ?? null;
        const raised = item.critical && answer !== null && answer > 0;
        return (
          <li key={item.number} className={raised ? 'measure-item measure-item-critical' : 'measure-item'}>
            <fieldset>
              <legend>
                <span className="item-number">{item.number}.</span> {item.text}
                {item.critical ? <span className="badge badge-risk">Critical item</span> : null}
              </legend>
              <div className="answer-options">
                {item.options.map((o) => (
                  <label key={o.value} className="answer">
                    <input type="radio" name={`${inst.id}-item-${item.number}`} value={o.value} checked={answer === o.value} onChange={() => onAnswer(i, o.value)} />
                    <span>{o.label}</span>
                    <span className="answer-score" aria-hidden="true">
                      {o.score}
                    </span>
                  </label>
                ))}
              </div>
              {raised ? (
                <p className="item-warning" role="alert">
                  This answer raises a risk flag: assess safety today.
                </p>
              ) : null}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
