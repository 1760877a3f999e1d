/**
 * One question in the review: a heading that opens it (number, title, right or wrong, flagged,
 * time, new to you), then the stem and the options in the order the learner saw them, their
 * answer and the right one marked in words as well as colour, every explanation, the takeaway,
 * the sources and the chapter that teaches it. A question removed since shows no details.
 */
import { Link } from 'react-router-dom';
import { optionMark, type OptionMark } from '../../domain/answers';
import type { QuestionResult } from '../../domain/examScoring';
import type { Question } from '../../schema/content';
import { chapterById } from '../../stores/catalog';
import { formatDuration } from '../../ui/time';
import { SourceLinks } from '../../ui/SourceLinks';

export interface ReviewEntry {
  /** 1-based position in the attempt. */
  number: number;
  id: string;
  /** The title stored with the attempt (the question may since have been removed). */
  title: string;
  /** Shown position → original option index. */
  optionOrder: number[];
  /** The frozen outcome; undefined when the question was removed before submission. */
  outcome: QuestionResult | undefined;
  /** The question as the bank has it now; undefined when removed from the course. */
  question: Question | undefined;
}

const LETTERS = 'ABCDEFGHIJ';

const OUTCOME = {
  right: { icon: '✓', label: 'Right' },
  wrong: { icon: '✗', label: 'Wrong' },
  blank: { icon: '–', label: 'Unanswered' },
} as const;

const VERDICT: Record<OptionMark, string> = {
  correct: 'Your answer, correct',
  missed: 'Correct answer',
  wrong: 'Your answer, wrong',
  other: '',
};

const outcomeOf = (q: QuestionResult): keyof typeof OUTCOME =>
  q.correct ? 'right' : q.answered ? 'wrong' : 'blank';

/** Read between the parts of the heading by screen readers; not shown. */
const Sep = () => <span className="visually-hidden">, </span>;

/** The attempt's option order if it still fits the question, else the question's own order. */
function shownOrder(question: Question, optionOrder: readonly number[]): number[] {
  const n = question.options.length;
  const fits =
    optionOrder.length === n && [...optionOrder].sort((a, b) => a - b).every((v, i) => v === i);
  return fits ? [...optionOrder] : question.options.map((_, i) => i);
}

function OutcomeTags({ outcome }: { outcome: QuestionResult }) {
  const { icon, label } = OUTCOME[outcomeOf(outcome)];
  return (
    <>
      <span className={`results-tag results-tag--${outcomeOf(outcome)}`}>
        <span aria-hidden="true">{icon} </span>
        {label}
      </span>
      {outcome.flagged && (
        <>
          <Sep />
          <span className="results-tag results-tag--flag">Flagged</span>
        </>
      )}
      {outcome.wasUnseen && (
        <>
          <Sep />
          <span className="results-tag results-tag--new">New to you</span>
        </>
      )}
      <Sep />
      <span className="results-tag results-tag--time">
        <span className="visually-hidden">time spent </span>
        {formatDuration(outcome.timeMs)}
      </span>
    </>
  );
}

export function ResultsQuestion(props: {
  entry: ReviewEntry;
  open: boolean;
  onToggle: () => void;
}) {
  const { entry, open, onToggle } = props;
  const { outcome, question } = entry;
  const panelId = `results-panel-${entry.id}`;
  const kind = outcome ? outcomeOf(outcome) : 'removed';
  const number = (
    <span className="results-q__number">
      <span className="visually-hidden">Question </span>
      {entry.number}
    </span>
  );
  if (!outcome || !question)
    return (
      <li className="results-q results-q--removed">
        <h3 className="results-q__heading">
          <span className="results-q__row">
            {number}
            <Sep />
            <span className="results-q__title">
              {entry.title} <code className="results-q__id">{entry.id}</code>
            </span>
            <Sep />
            <span className="results-q__tags">
              <span className="results-tag results-tag--removed">
                Removed from the course since
              </span>
              {outcome && (
                <>
                  <Sep />
                  <OutcomeTags outcome={outcome} />
                </>
              )}
            </span>
          </span>
        </h3>
      </li>
    );
  return (
    <li className={`results-q results-q--${kind}`}>
      <h3 className="results-q__heading">
        <button
          type="button"
          className="results-q__row results-q__toggle"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={onToggle}
        >
          {number}
          <Sep />
          <span className="results-q__title">{entry.title}</span>
          <Sep />
          <span className="results-q__tags">
            <OutcomeTags outcome={outcome} />
          </span>
          <span className="results-q__chevron" aria-hidden="true" />
        </button>
      </h3>
      {open && (
        <ResultsAnswer
          id={panelId}
          question={question}
          outcome={outcome}
          order={shownOrder(question, entry.optionOrder)}
        />
      )}
    </li>
  );
}

/** The opened question: stem, marked options with explanations, takeaway, sources, chapter. */
function ResultsAnswer(props: {
  id: string;
  question: Question;
  outcome: QuestionResult;
  order: number[];
}) {
  const { id, question, outcome, order } = props;
  const letters = (pick: (original: number) => boolean) =>
    order.flatMap((original, shown) => (pick(original) ? [LETTERS[shown]] : [])).join(', ');
  const chapter = question.chapter ? chapterById(question.chapter) : undefined;
  return (
    <div id={id} className="results-answer">
      <div
        className="results-answer__stem prose"
        dangerouslySetInnerHTML={{ __html: question.stemHtml }}
      />
      <p className="results-answer__summary">
        <span>
          Your answer:{' '}
          <strong>
            {outcome.answered ? letters((i) => outcome.selected.includes(i)) : 'none'}
          </strong>
        </span>
        <span>
          Correct answer: <strong>{letters((i) => question.options[i]?.correct === true)}</strong>
        </span>
      </p>
      <ol className="results-options">
        {order.map((original, shown) => {
          const option = question.options[original];
          if (!option) return null;
          const mark = optionMark(option.correct, outcome.selected.includes(original));
          return (
            <li key={original} className={`results-option results-option--${mark}`}>
              <div className="results-option__head">
                <span className="results-option__letter">{LETTERS[shown]}</span>
                <span
                  className="results-option__text"
                  dangerouslySetInnerHTML={{ __html: option.html }}
                />
                {mark !== 'other' && (
                  <span className="results-option__verdict">
                    <span aria-hidden="true">{option.correct ? '✓ ' : '✗ '}</span>
                    {VERDICT[mark]}
                  </span>
                )}
              </div>
              <div
                className="results-option__explanation prose"
                dangerouslySetInnerHTML={{ __html: option.explanationHtml }}
              />
            </li>
          );
        })}
      </ol>
      {question.explanationHtml && (
        <div
          className="results-answer__takeaway prose"
          dangerouslySetInnerHTML={{ __html: question.explanationHtml }}
        />
      )}
      <SourceLinks sources={question.sources} className="results-answer__sources" />
      {chapter && (
        <p className="results-answer__chapter">
          {question.section ? (
            <Link to={`/read/${chapter.id}#${question.section.id}`}>
              Read the section that teaches it: {question.section.title} ({chapter.title})
            </Link>
          ) : (
            <Link to={`/read/${chapter.id}`}>
              Read the chapter that teaches it: {chapter.title}
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
