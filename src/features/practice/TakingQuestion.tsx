/**
 * The question on screen: its number, Flag for review, the stem and the options in this
 * attempt's order (A–F by shown position), and in practice mode Check answer and the feedback.
 */
import type { Ref, RefObject } from 'react';
import { isReady, isRight, optionMark } from '../../domain/answers';
import type { Question } from '../../schema/content';
import type { ExamAnswer } from '../../schema/examAttempt';
import { TakingFeedback, TakingOption, TakingVerdict } from './TakingOption';

const SELECT_WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX'];

export interface TakingQuestionProps {
  number: number;
  total: number;
  /** As drawn: the title kept with the attempt, and shown position → original option index. */
  drawn: { id: string; title: string; optionOrder: number[] };
  /** The question as in the bank now; absent if it was removed from the content. */
  question: Question | undefined;
  answer: ExamAnswer | undefined;
  practice: boolean;
  shortcuts: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  verdictRef: Ref<HTMLParagraphElement>;
  /** The option inputs by shown position, so a letter key can focus the one it chose. */
  optionRefs: RefObject<(HTMLInputElement | null)[]>;
  onPick: (position: number) => void;
  onCheck: () => void;
  onFlag: () => void;
}

export function TakingQuestion(props: TakingQuestionProps) {
  const { number, total, drawn, question, answer, headingRef, onFlag } = props;
  const flagged = answer?.flagged ?? false;
  return (
    <section className="taking-question" aria-labelledby="taking-question-title">
      <div className="taking-question__head">
        <h2 id="taking-question-title" ref={headingRef} tabIndex={-1}>
          Question {number} <span className="visually-hidden">of {total}</span>
        </h2>
        <button
          type="button"
          className={`button button--quiet taking-flag${flagged ? ' taking-flag--on' : ''}`}
          aria-pressed={flagged}
          aria-keyshortcuts={props.shortcuts ? 'R' : undefined}
          onClick={onFlag}
        >
          <span aria-hidden="true">{flagged ? '⚑' : '⚐'}</span> Flag for review
          {props.shortcuts && <kbd aria-hidden="true">R</kbd>}
        </button>
      </div>
      {question ? (
        <QuestionBody {...props} question={question} />
      ) : (
        <p className="taking-question__removed">
          This question (“{drawn.title}”) has been removed from the study material since the attempt
          began. It is left out of your score: go on to the next one.
        </p>
      )}
    </section>
  );
}

/** The stem, the options, and in practice mode Check answer and the feedback. */
function QuestionBody(props: TakingQuestionProps & { question: Question }) {
  const { drawn, question, answer, practice, shortcuts, optionRefs, onPick, onCheck } = props;
  const multiple = question.select > 1;
  const selected = answer?.selected ?? [];
  const checked = practice && (answer?.checked ?? false);
  const ready = isReady(selected, question.select);

  return (
    <>
      {multiple && (
        <p className="taking-question__kind">
          <span className="badge badge--accent">Select {SELECT_WORDS[question.select]}</span>
        </p>
      )}
      {checked && (
        <TakingVerdict right={isRight(question, selected)} verdictRef={props.verdictRef} />
      )}
      <fieldset className="taking-options" disabled={checked}>
        <legend
          className="taking-question__stem prose"
          dangerouslySetInnerHTML={{ __html: question.stemHtml }}
        />
        {drawn.optionOrder.map((original, position) => {
          const option = question.options[original];
          if (!option) return null;
          const chosen = selected.includes(original);
          return (
            <TakingOption
              key={original}
              option={option}
              position={position}
              name={`q-${question.id}`}
              multiple={multiple}
              selected={chosen}
              mark={checked ? optionMark(option.correct, chosen) : null}
              shortcuts={shortcuts}
              inputRef={(el) => {
                optionRefs.current[position] = el;
              }}
              onPick={onPick}
            />
          );
        })}
      </fieldset>
      {!checked && (
        <div className="taking-question__actions">
          {practice && (
            <button
              type="button"
              className="button"
              disabled={!ready}
              onClick={onCheck}
              aria-keyshortcuts={shortcuts ? 'Enter' : undefined}
            >
              Check answer
            </button>
          )}
          <span className="muted small">
            {multiple
              ? `Choose ${String(question.select)} options · ${String(selected.length)} chosen.`
              : 'Choose one option.'}
          </span>
        </div>
      )}
      {checked && <TakingFeedback question={question} />}
    </>
  );
}
