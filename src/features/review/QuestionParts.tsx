/** The pieces of a practice question: one option (open or marked), and the result after Check. */
import type { ReactNode, Ref } from 'react';
import type { OfferedGrades, OptionMark } from '../../domain/answers';
import type { ChoiceOption, Question } from '../../schema/content';
import type { Grade, MemoryState } from '../../schema/study';
import { GradeButtons } from './GradeButtons';
import { SourceLinks } from '../../ui/SourceLinks';

export const LETTERS = 'ABCDEF';

const VERDICT: Record<OptionMark, string> = {
  correct: 'Correct',
  missed: 'Correct answer',
  wrong: 'Your answer, wrong',
  other: '',
};
/** A right option the learner did not choose is styled like a chosen right one. */
const MARK_CLASS: Record<OptionMark, string> = {
  correct: 'correct',
  missed: 'correct',
  wrong: 'wrong',
  other: 'other',
};

export function QuestionOption(props: {
  option: ChoiceOption;
  index: number;
  name: string;
  multiple: boolean;
  selected: boolean;
  /** Null until the answer is checked. */
  mark: OptionMark | null;
  inputRef?: Ref<HTMLInputElement>;
  onToggle: (index: number) => void;
}) {
  const { option, index, name, multiple, selected, mark, inputRef, onToggle } = props;
  return (
    <div
      className={`option option--${mark ? MARK_CLASS[mark] : 'open'}${selected ? ' option--selected' : ''}`}
    >
      <label className="option__choice">
        <input
          ref={inputRef}
          type={multiple ? 'checkbox' : 'radio'}
          name={name}
          checked={selected}
          onChange={() => onToggle(index)}
        />
        <span className="option__letter" aria-hidden="true">
          {LETTERS[index]}
        </span>
        <span className="option__text" dangerouslySetInnerHTML={{ __html: option.html }} />
        {mark && <span className="option__verdict">{VERDICT[mark]}</span>}
      </label>
      {mark && (
        <div
          className="option__explanation prose"
          dangerouslySetInnerHTML={{ __html: option.explanationHtml }}
        />
      )}
    </div>
  );
}

/**
 * Right or not, at the top of the marked options. It takes focus after Check, so a phone shows
 * it and the options below it rather than the grades at the bottom; Tab goes on to the grade.
 */
export function ResultSummary(props: { right: boolean; summaryRef: Ref<HTMLParagraphElement> }) {
  const { right, summaryRef } = props;
  return (
    <p
      ref={summaryRef}
      tabIndex={-1}
      className={`result__verdict result__verdict--${right ? 'right' : 'wrong'}`}
    >
      {right ? 'Right.' : 'Not quite.'}{' '}
      {right
        ? 'Recorded as Good unless you choose otherwise.'
        : 'Recorded as Again, so it comes back soon.'}
    </p>
  );
}

/** The takeaway, the sources, and the grades on offer. */
export function QuestionResult(props: {
  question: Question;
  offered: OfferedGrades;
  preview: Record<Grade, MemoryState>;
  now: number;
  shortcuts: boolean;
  onGrade: (grade: Grade) => void;
  suggestedRef: Ref<HTMLButtonElement>;
  /** "Read …" the section that teaches it, after a wrong answer: just before the grades. */
  readLink?: ReactNode;
}) {
  const { question, offered, suggestedRef, readLink, ...grading } = props;
  return (
    <div className="result">
      {question.explanationHtml && (
        <div
          className="result__takeaway prose"
          dangerouslySetInnerHTML={{ __html: question.explanationHtml }}
        />
      )}
      <SourceLinks sources={question.sources} className="result__sources" />
      {readLink && <p className="result__read">{readLink}</p>}
      <GradeButtons
        ref={suggestedRef}
        grades={offered.grades}
        suggested={offered.suggested}
        {...grading}
      />
    </div>
  );
}
