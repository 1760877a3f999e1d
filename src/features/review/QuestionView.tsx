import { useEffect, useRef, useState } from 'react';
import { isReady, isRight, offeredGrades, optionMark, toggleOption } from '../../domain/answers';
import type { Grade } from '../../schema/study';
import type { Question } from '../../schema/content';
import type { ItemViewProps } from './GradeButtons';
import { LETTERS, QuestionOption, QuestionResult, ResultSummary } from './QuestionParts';
import { ReadSectionLink, useOnScreen, type PlaceContext } from './ReadSection';
import { useShortcuts } from '../../ui/useShortcuts';

interface Props extends ItemViewProps {
  question: Question;
  place: PlaceContext;
  /** The options chosen and checked before the learner left to read (shown checked again). */
  restored?: number[] | undefined;
}

const SELECT_WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];
const GRADE_KEYS: Partial<Record<string, Grade>> = {
  '1': 'again',
  '2': 'hard',
  '3': 'good',
  '4': 'easy',
};

/**
 * After Check, focus goes to the result summary above the marked options (in view, unlike the
 * grades at the bottom), and Tab from there goes straight on to the suggested grade; the links in
 * the explanations between them are still reached with Shift+Tab from the grades.
 */
function useResultFocus(checked: boolean) {
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const suggestedRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const summary = summaryRef.current;
    if (!checked || !summary) return;
    summary.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
      e.preventDefault();
      suggestedRef.current?.focus();
    };
    summary.addEventListener('keydown', onKey);
    return () => summary.removeEventListener('keydown', onKey);
  }, [checked]);
  return { summaryRef, suggestedRef };
}

/** The answer being given: selection, Check, focus, and the keys that drive them. */
function useAnswer(
  question: Question,
  shortcuts: boolean,
  onGrade: (grade: Grade) => void,
  restored: number[] | undefined,
) {
  const [selected, setSelected] = useState<number[]>(restored ?? []);
  const [checked, setChecked] = useState(restored !== undefined);
  /** Each option's input, so focus can follow the option a letter key chose. */
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const focusRefs = useResultFocus(checked);
  const right = checked && isRight(question, selected);
  const ready = isReady(selected, question.select);
  const offered = offeredGrades(right);

  useEffect(() => {
    // A restored answer is checked: focus is on its result instead.
    if (restored === undefined) inputs.current[0]?.focus();
  }, [restored]);

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
      // Focus follows the choice, so Space next acts on this option, not the one focused before.
      inputs.current[letter]?.focus();
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
    // Focus is on the summary, not the grade button: Enter records the suggested grade.
    if (checked && key === 'Enter') {
      onGrade(offered.suggested);
      return true;
    }
    return false;
  });
  const inputRef = (i: number) => (el: HTMLInputElement | null) => {
    inputs.current[i] = el;
  };
  return { selected, checked, right, ready, offered, toggle, check, inputRef, ...focusRefs };
}

/**
 * Options (single choice, or "Select TWO"), Check, then every option marked and explained.
 * A right answer records Good (the learner may pick Hard or Easy instead); a wrong one, Again.
 */
export function QuestionView(props: Props) {
  const { question, preview, now, shortcuts, onGrade, place, restored } = props;
  const multiple = question.select > 1;
  const { selected, checked, right, ready, offered, toggle, check, ...refs } = useAnswer(
    question,
    shortcuts,
    onGrade,
    restored,
  );
  useOnScreen(place, question.id, checked ? { selected } : null);

  return (
    <article
      className="study-card"
      aria-label="Practice question"
      data-item-id={question.id}
      data-chapter={question.chapter ?? undefined}
    >
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
          {checked && <ResultSummary right={right} summaryRef={refs.summaryRef} />}
          {question.options.map((option, i) => (
            <QuestionOption
              key={i}
              option={option}
              index={i}
              name={`q-${question.id}`}
              multiple={multiple}
              selected={selected.includes(i)}
              mark={checked ? optionMark(option.correct, selected.includes(i)) : null}
              inputRef={refs.inputRef(i)}
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
          offered={offered}
          preview={preview}
          now={now}
          shortcuts={shortcuts}
          onGrade={onGrade}
          suggestedRef={refs.suggestedRef}
          readLink={
            !right &&
            question.section && (
              <ReadSectionLink taught={question} place={place} onScreenId={question.id} />
            )
          }
        />
      )}
    </article>
  );
}
