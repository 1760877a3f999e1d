import { useEffect, useRef, useState } from 'react';
import { isReady, isRight, offeredGrades, optionMark, toggleOption } from '../../domain/answers';
import type { Grade } from '../../schema/study';
import type { Question } from '../../schema/content';
import type { ItemViewProps } from './GradeButtons';
import { LETTERS, QuestionOption, QuestionResult } from './QuestionParts';
import { useShortcuts } from './useShortcuts';

interface Props extends ItemViewProps {
  question: Question;
}

const SELECT_WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];
const GRADE_KEYS: Partial<Record<string, Grade>> = {
  '1': 'again',
  '2': 'hard',
  '3': 'good',
  '4': 'easy',
};

/** The answer being given: selection, Check, focus, and the keys that drive them. */
function useAnswer(question: Question, shortcuts: boolean, onGrade: (grade: Grade) => void) {
  const [selected, setSelected] = useState<number[]>([]);
  const [checked, setChecked] = useState(false);
  const firstOption = useRef<HTMLInputElement>(null);
  const suggestedRef = useRef<HTMLButtonElement>(null);
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
  return { selected, checked, right, ready, offered, toggle, check, firstOption, suggestedRef };
}

/**
 * Options (single choice, or "Select TWO"), Check, then every option marked and explained.
 * A right answer records Good (the learner may pick Hard or Easy instead); a wrong one, Again.
 */
export function QuestionView({ question, preview, now, shortcuts, onGrade }: Props) {
  const multiple = question.select > 1;
  const { selected, checked, right, ready, offered, toggle, check, firstOption, suggestedRef } =
    useAnswer(question, shortcuts, onGrade);

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
          {question.options.map((option, i) => (
            <QuestionOption
              key={i}
              option={option}
              index={i}
              name={`q-${question.id}`}
              multiple={multiple}
              selected={selected.includes(i)}
              mark={checked ? optionMark(option.correct, selected.includes(i)) : null}
              inputRef={i === 0 ? firstOption : undefined}
              onToggle={toggle}
            />
          ))}
        </fieldset>
        {!checked && (
          <div className="study-actions">
            <button type="submit" className="button" disabled={!ready}>
              Check answer
            </button>
            <span className="muted small">
              {multiple ? `Choose ${String(question.select)} options.` : 'Choose one option.'}
              {shortcuts && ' Keys A–F choose, Enter checks.'}
            </span>
          </div>
        )}
      </form>
      {checked && (
        <QuestionResult
          question={question}
          right={right}
          offered={offered}
          preview={preview}
          now={now}
          shortcuts={shortcuts}
          onGrade={onGrade}
          suggestedRef={suggestedRef}
        />
      )}
    </article>
  );
}
