/**
 * The pieces of a question on the exam screen: one option (open, or marked once a practice
 * answer is checked) and the feedback under a checked answer. The review screen's look, with the
 * exam screen's own classes (taking.css) so neither screen depends on the other's styles.
 */
import type { Ref } from 'react';
import type { OptionMark } from '../../domain/answers';
import type { ChoiceOption, Question } from '../../schema/content';
import { SourceLinks } from '../../ui/SourceLinks';

export const LETTERS = 'ABCDEF';

const VERDICT: Record<OptionMark, string> = {
  correct: 'Correct, your answer',
  missed: 'Correct answer, missed',
  wrong: 'Your answer, wrong',
  other: '',
};
const ICON: Record<OptionMark, string> = { correct: '✓', missed: '✓', wrong: '✗', other: '' };

export function TakingOption(props: {
  option: ChoiceOption;
  /** Where it is shown (A, B, …): the learner's side of `optionOrder`. */
  position: number;
  name: string;
  multiple: boolean;
  selected: boolean;
  /** Null until the answer is checked. */
  mark: OptionMark | null;
  shortcuts: boolean;
  inputRef: Ref<HTMLInputElement>;
  onPick: (position: number) => void;
}) {
  const { option, position, name, multiple, selected, mark, shortcuts, inputRef, onPick } = props;
  const letter = LETTERS[position] ?? '';
  const state = mark ? `taking-option--${mark}` : 'taking-option--open';
  return (
    <div className={`taking-option ${state}${selected ? ' taking-option--selected' : ''}`}>
      <label className="taking-option__choice">
        <input
          ref={inputRef}
          type={multiple ? 'checkbox' : 'radio'}
          name={name}
          checked={selected}
          onChange={() => onPick(position)}
          aria-keyshortcuts={shortcuts && letter ? letter : undefined}
        />
        <span className="taking-option__letter" aria-hidden="true">
          {letter}
        </span>
        <span className="taking-option__text" dangerouslySetInnerHTML={{ __html: option.html }} />
        {mark && mark !== 'other' && (
          <span className="taking-option__verdict">
            <span aria-hidden="true">{ICON[mark]} </span>
            {VERDICT[mark]}
          </span>
        )}
      </label>
      {mark && (
        <div
          className="taking-option__explanation prose"
          dangerouslySetInnerHTML={{ __html: option.explanationHtml }}
        />
      )}
    </div>
  );
}

/**
 * Practice mode, once checked: right or not, above the question so that focus lands on it and
 * reading goes on through the marked options.
 */
export function TakingVerdict(props: { right: boolean; verdictRef: Ref<HTMLParagraphElement> }) {
  const { right, verdictRef } = props;
  return (
    <p
      ref={verdictRef}
      tabIndex={-1}
      className={`taking-verdict taking-verdict--${right ? 'right' : 'wrong'}`}
    >
      <span aria-hidden="true">{right ? '✓' : '✗'} </span>
      {right ? 'Right.' : 'Not quite.'}{' '}
      <span className="taking-verdict__final">
        Each option is explained below; this answer is now final.
      </span>
    </p>
  );
}

/** Practice mode, once checked: the takeaway and the sources. */
export function TakingFeedback({ question }: { question: Question }) {
  return (
    <div className="taking-feedback">
      {question.explanationHtml && (
        <div
          className="taking-feedback__takeaway prose"
          dangerouslySetInnerHTML={{ __html: question.explanationHtml }}
        />
      )}
      <SourceLinks sources={question.sources} className="taking-feedback__sources" />
    </div>
  );
}
