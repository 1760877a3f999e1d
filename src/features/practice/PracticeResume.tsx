/**
 * The attempt still in progress, if any: where the learner is, how much time is left, and a way
 * back in (or, once the time has run out, to its submitted result). It can also be discarded.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { timeLeftMs } from '../../domain/examTiming';
import type { Exam } from '../../schema/exam';
import type { ExamAttempt } from '../../schema/examAttempt';
import { usePracticeStore } from '../../stores/practiceStore';
import { Notice } from '../../ui/Notice';
import { formatAttemptTime, modeLabel } from './PracticeText';

/** The time now, refreshed every `everyMs` (null: never). Only this panel re-renders. */
function useNow(everyMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (everyMs === null) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function timeText(leftMs: number): string {
  if (leftMs <= 0)
    return 'The time has run out: opening it shows the result, submitted as it stood.';
  if (leftMs < 60_000) return 'Less than a minute left.';
  return `${Math.ceil(leftMs / 60_000)} min left.`;
}

export function PracticeResume({
  exam,
  attempt,
  onDiscarded,
}: {
  exam: Exam;
  attempt: ExamAttempt;
  onDiscarded: () => void;
}) {
  const heading = useId();
  // A minute-precise clock: a refresh every 15 s is plenty, and re-renders only this panel.
  const now = useNow(attempt.deadline === null ? null : 15_000);
  const left = attempt.deadline === null ? null : timeLeftMs(attempt.deadline, now);
  const ranOut = left === 0;
  const count = attempt.questions.length;
  return (
    <section className="practice-card practice-resume" aria-labelledby={heading}>
      <h2 id={heading}>Attempt in progress</h2>
      <p className="practice-resume__facts">
        {modeLabel(attempt.mode)} · started {formatAttemptTime(attempt.createdAt)} · question{' '}
        {Math.min(attempt.current + 1, count)} of {count}
      </p>
      {left !== null && (
        <p
          className={
            ranOut ? 'practice-resume__time practice-resume__time--out' : 'practice-resume__time'
          }
        >
          {timeText(left)}
        </p>
      )}
      <div className="button-row">
        <Link className="button" to={`/exams/${exam.slug}/practice/${attempt.id}`}>
          {ranOut ? 'See the result' : 'Resume'}
        </Link>
        {!ranOut && <DiscardAttempt attempt={attempt} onDiscarded={onDiscarded} />}
      </div>
    </section>
  );
}

type DiscardState = 'idle' | 'confirm' | 'working' | 'busy' | 'failed';

/** Opens the attempt in this tab (so no other tab is answering it) and deletes it. */
async function discardStored(attemptId: string): Promise<'discarded' | 'busy' | 'failed'> {
  const store = usePracticeStore.getState();
  try {
    await store.open(attemptId, Date.now());
    const { status, attempt } = usePracticeStore.getState();
    if (status === 'ready' && attempt?.submittedAt === null) {
      await usePracticeStore.getState().discard();
      return 'discarded';
    }
    usePracticeStore.getState().close();
    return status === 'busy' ? 'busy' : 'failed';
  } catch {
    usePracticeStore.getState().close();
    return 'failed';
  }
}

/** "Discard", then a confirmation step: the answers go and the attempt leaves no history. */
function DiscardAttempt({
  attempt,
  onDiscarded,
}: {
  attempt: ExamAttempt;
  onDiscarded: () => void;
}) {
  const [state, setState] = useState<DiscardState>('idle');
  const keep = useRef<HTMLButtonElement>(null);
  const discard = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (state === 'confirm') keep.current?.focus();
  }, [state]);

  const confirm = async () => {
    setState('working');
    const outcome = await discardStored(attempt.id);
    if (outcome === 'discarded') onDiscarded();
    else setState(outcome);
  };

  if (state === 'confirm' || state === 'working')
    return (
      <div className="practice-resume__confirm">
        <p>Discard this attempt? Its answers are deleted and it leaves no result.</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--danger"
            disabled={state === 'working'}
            onClick={() => void confirm()}
          >
            Discard attempt
          </button>
          <button
            ref={keep}
            type="button"
            className="button button--quiet"
            onClick={() => {
              setState('idle');
              requestAnimationFrame(() => discard.current?.focus());
            }}
          >
            Keep it
          </button>
        </div>
      </div>
    );
  return (
    <>
      <button
        ref={discard}
        type="button"
        className="button button--quiet"
        onClick={() => setState('confirm')}
      >
        Discard
      </button>
      {(state === 'busy' || state === 'failed') && (
        <Notice kind="error" as="p">
          {state === 'busy'
            ? 'This attempt is open in another tab or window: close it there first.'
            : 'The attempt could not be discarded. Try again.'}
        </Notice>
      )}
    </>
  );
}
