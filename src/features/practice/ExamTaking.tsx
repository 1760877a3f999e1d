/**
 * Taking a practice exam: the header and clock, the question on screen (or the submit step),
 * previous and next, and the navigator. Every answer, flag and move goes to the practice store,
 * which writes it to this device as it happens; once submitted, AttemptPage shows the results.
 */
import { useStudyStore } from '../../stores/studyStore';
import { usePracticeStore } from '../../stores/practiceStore';
import type { Exam } from '../../schema/exam';
import { Notice } from '../../ui/Notice';
import { TakingHeader } from './TakingHeader';
import { TakingNavigator } from './TakingNavigator';
import { TakingQuestion } from './TakingQuestion';
import { TakingSubmit } from './TakingSubmit';
import { useTakingControls } from './useTakingControls';
import { useTakingSheet, type Sheet } from './useTakingSheet';
import './taking.css';

export function ExamTaking({ exam }: { exam: Exam }) {
  const sheet = useTakingSheet();
  // AttemptPage renders this only once an attempt is open.
  return sheet ? <TakingScreen exam={exam} sheet={sheet} /> : null;
}

function TakingScreen({ exam, sheet }: { exam: Exam; sheet: Sheet }) {
  const shortcuts = useStudyStore((s) => s.settings.keyboardShortcuts);
  const saveFailed = usePracticeStore((s) => s.saveFailed);
  const { reviewing, message, refs, actions } = useTakingControls(sheet, shortcuts);
  const { attempt, rows, current } = sheet;
  const practice = attempt.mode === 'practice';
  const onLast = current.index === rows.length - 1;

  const submit = async () => {
    await usePracticeStore.getState().submit('submitted', Date.now());
    return usePracticeStore.getState().attempt?.submittedAt != null;
  };

  return (
    <div className="page taking">
      <TakingHeader
        exam={exam}
        attempt={attempt}
        rows={rows}
        current={reviewing ? null : current.index}
      />
      {saveFailed && (
        <Notice kind="error" as="p">
          Your last answer couldn’t be saved on this device yet. It is kept in this tab and saved
          with your next change: keep this tab open.
        </Notice>
      )}
      <div className="taking-layout">
        <div className="taking-main">
          {reviewing ? (
            <TakingSubmit
              rows={rows}
              deadline={attempt.deadline}
              headingRef={refs.submit}
              onGo={actions.go}
              onKeepWorking={actions.keepWorking}
              onSubmit={submit}
            />
          ) : (
            <>
              <TakingQuestion
                key={current.id}
                number={current.index + 1}
                total={rows.length}
                drawn={current}
                question={sheet.question}
                answer={sheet.answer}
                practice={practice}
                shortcuts={shortcuts}
                headingRef={refs.question}
                verdictRef={refs.verdict}
                optionRefs={refs.options}
                onPick={actions.pick}
                onCheck={actions.check}
                onFlag={actions.flag}
              />
              <Moves
                first={current.index === 0}
                last={onLast}
                shortcuts={shortcuts}
                onPrevious={actions.previous}
                onNext={actions.next}
              />
              {shortcuts && <KeyHint practice={practice} />}
            </>
          )}
        </div>
        <TakingNavigator
          rows={rows}
          current={reviewing ? null : current.index}
          onGo={actions.go}
          onReview={actions.openReview}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

/** Previous and Next; on the last question Next leads to the submit step. */
function Moves(props: {
  first: boolean;
  last: boolean;
  shortcuts: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { first, last, shortcuts, onPrevious, onNext } = props;
  return (
    <div className="taking-moves">
      <button
        type="button"
        className="button button--quiet"
        onClick={onPrevious}
        disabled={first}
        aria-keyshortcuts={shortcuts ? 'P ArrowLeft' : undefined}
      >
        <span aria-hidden="true">←</span> Previous
      </button>
      <button
        type="button"
        className="button"
        onClick={onNext}
        aria-keyshortcuts={shortcuts ? 'N ArrowRight' : undefined}
      >
        {last ? 'Review and submit' : 'Next'} <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}

/** The keys, in one line (they can be switched off in Settings). */
function KeyHint({ practice }: { practice: boolean }) {
  return (
    <p className="taking-keys small muted">
      Keys: <kbd>A</kbd>–<kbd>F</kbd> choose · <kbd>N</kbd> or <kbd>→</kbd> next · <kbd>P</kbd> or{' '}
      <kbd>←</kbd> previous · <kbd>R</kbd> flag
      {practice && (
        <>
          {' '}
          · <kbd>Enter</kbd> check
        </>
      )}
    </p>
  );
}
