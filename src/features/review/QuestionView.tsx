import { useEffect, useRef, useState } from 'react';
import {
  isReady,
  isRight,
  offeredGrades,
  optionMark,
  toggleOption,
  type OptionMark,
} from '../../domain/answers';
import type { Grade } from '../../schema/study';
import type { Question } from '../../schema/content';
import { GradeButtons, type ItemViewProps } from './GradeButtons';
import { useShortcuts } from './useShortcuts';

interface Props extends ItemViewProps {
  question: Question;
}

const LETTERS = 'ABCDEF';
const SELECT_WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];
const GRADE_KEYS: Partial<Record<string, Grade>> = {
  '1': 'again',
  '2': 'hard',
  '3': 'good',
  '4': 'easy',
};
const VERDICT: Record<OptionMark, string> = {
  correct: 'Correct',
  missed: 'Correct answer',
  wrong: 'Your answer, wrong',
  other: '',
};
/** The styles predate the "missed" mark: a right option not chosen looks like a chosen one. */
const MARK_CLASS: Record<OptionMark, string> = {
  correct: 'correct',
  missed: 'correct',
  wrong: 'wrong',
  other: 'other',
};

/**
 * Options (single choice, or "Select TWO"), Check, then every option marked and explained.
 * A right answer records Good (the learner may pick Hard or Easy instead); a wrong one, Again.
 */
export function QuestionView({ question, preview, now, shortcuts, onGrade }: Props) {
  const [selected, setSelected] = useState<number[]>([]);
  const [checked, setChecked] = useState(false);
  const firstOption = useRef<HTMLInputElement>(null);
  const suggestedRef = useRef<HTMLButtonElement>(null);
  const multiple = question.select > 1;
  const right = checked && isRight(question, selected);
  const ready = isReady(selected, question.select);
  const offered = offeredGrades(right);

  useEffect(() => {
    (checked ? suggestedRef : firstOption).current?.focus();
  }, [checked]);

  const toggle = (i: number) => {
    if (checked) return;
    setSelected((s) => toggleOption(s, i, question.select));
  };
  const check = (e?: { preventDefault(): void }) => {
    e?.preventDefault();
    if (ready) setChecked(true);
  };

  useShortcuts(shortcuts, (key) => {
    const letter = LETTERS.indexOf(key.toUpperCase());
    if (!checked && letter >= 0 && letter < question.options.length) {
      toggle(letter);
      return true;
    }
    if (!checked && key === 'Enter' && ready) {
      setChecked(true);
      return true;
    }
    const byKey = checked ? GRADE_KEYS[key] : undefined;
    if (byKey && offered.grades.includes(byKey)) {
      onGrade(byKey);
      return true;
    }
    if (checked && !right && key === 'Enter') {
      onGrade(offered.suggested);
      return true;
    }
    return false;
  });

  return (
    <article className="study-card" aria-label="Practice question" data-item-id={question.id}>
      <p className="study-card__kind">
        Practice question · {question.difficulty}
        {multiple && (
          <span className="badge badge--accent">Select {SELECT_WORDS[question.select]}</span>
        )}
      </p>
      <form onSubmit={check}>
        <fieldset className="options" disabled={checked}>
          <legend
            className="study-card__stem prose"
            dangerouslySetInnerHTML={{ __html: question.stemHtml }}
          />
          {question.options.map((option, i) => {
            const isSelected = selected.includes(i);
            const mark = checked ? optionMark(option.correct, isSelected) : null;
            return (
              <div
                key={i}
                className={`option option--${mark ? MARK_CLASS[mark] : 'open'}${isSelected ? ' option--selected' : ''}`}
              >
                <label className="option__choice">
                  <input
                    ref={i === 0 ? firstOption : undefined}
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`q-${question.id}`}
                    checked={isSelected}
                    onChange={() => toggle(i)}
                  />
                  <span className="option__letter" aria-hidden="true">
                    {LETTERS[i]}
                  </span>
                  <span
                    className="option__text"
                    dangerouslySetInnerHTML={{ __html: option.html }}
                  />
                  {mark && <span className="option__verdict">{VERDICT[mark]}</span>}
                </label>
                {checked && (
                  <div
                    className="option__explanation prose"
                    dangerouslySetInnerHTML={{ __html: option.explanationHtml }}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
        {!checked && (
          <div className="study-actions">
            <button type="submit" className="button" disabled={!ready}>
              Check answer
            </button>
            <span className="muted small">
              {multiple ? `Choose ${question.select} options.` : 'Choose one option.'}
              {shortcuts && ' Keys A–F choose, Enter checks.'}
            </span>
          </div>
        )}
      </form>
      {checked && (
        <div className="result">
          <p className={`result__verdict result__verdict--${right ? 'right' : 'wrong'}`}>
            {right ? 'Right.' : 'Not quite.'}{' '}
            {right
              ? 'Recorded as Good unless you choose otherwise.'
              : 'Recorded as Again, so it comes back soon.'}
          </p>
          {question.explanationHtml && (
            <div
              className="result__takeaway prose"
              dangerouslySetInnerHTML={{ __html: question.explanationHtml }}
            />
          )}
          <p className="result__sources small">
            Sources:{' '}
            {question.sources.map((s, i) => (
              <span key={s}>
                {i > 0 && ' · '}
                <a href={s} target="_blank" rel="noreferrer">
                  {s.replace(/^https:\/\/(docs\.)?aws\.amazon\.com\//, '').replace(/\.html$/, '')}
                </a>
              </span>
            ))}
          </p>
          <GradeButtons
            ref={suggestedRef}
            grades={offered.grades}
            suggested={offered.suggested}
            preview={preview}
            now={now}
            onGrade={onGrade}
            shortcuts={shortcuts}
          />
        </div>
      )}
    </article>
  );
}
