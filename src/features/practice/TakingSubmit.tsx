/**
 * The submit step: what is still open (unanswered and part-answered questions, then flagged
 * ones, each a jump back to it), the counts, the time left, and Submit exam or Keep working.
 */
import { useState, type Ref } from 'react';
import { Notice } from '../../ui/Notice';
import { TakingTimeLeft } from './TakingClock';
import { sheetCounts, type SheetRow } from './useTakingSheet';

export function TakingSubmit(props: {
  rows: readonly SheetRow[];
  deadline: number | null;
  headingRef: Ref<HTMLHeadingElement>;
  onGo: (index: number) => void;
  onKeepWorking: () => void;
  /** Resolves true once the attempt is submitted (the results then replace this screen). */
  onSubmit: () => Promise<boolean>;
}) {
  const { rows, deadline, headingRef, onGo, onKeepWorking, onSubmit } = props;
  const [state, setState] = useState<'open' | 'submitting' | 'failed'>('open');
  const counts = sheetCounts(rows);
  const open = rows.filter((r) => r.status === 'unanswered' || r.status === 'partial');
  const flagged = rows.filter((r) => r.flagged);

  const submit = async () => {
    setState('submitting');
    const done = await onSubmit().catch(() => false);
    if (!done) setState('failed');
  };

  return (
    <section className="taking-submit" aria-labelledby="taking-submit-title">
      <h2 id="taking-submit-title" ref={headingRef} tabIndex={-1}>
        Review and submit
      </h2>
      {open.length === 0 && flagged.length === 0 && (
        <p>Every question is answered and none is flagged.</p>
      )}
      <JumpList title="Unanswered" rows={open} onGo={onGo} />
      <JumpList title="Flagged for review" rows={flagged} onGo={onGo} />

      <dl className="taking-submit__counts">
        <div>
          <dt>Answered</dt>
          <dd>
            {counts.answered} of {counts.total}
          </dd>
        </div>
        <div>
          <dt>Unanswered</dt>
          <dd>{counts.unanswered + counts.partial}</dd>
        </div>
        <div>
          <dt>Flagged</dt>
          <dd>{counts.flagged}</dd>
        </div>
        <div>
          <dt>Time left</dt>
          <dd>{deadline === null ? 'No limit' : <TakingTimeLeft deadline={deadline} />}</dd>
        </div>
      </dl>
      <p className="muted">
        {open.length > 0 && 'Unanswered and part-answered questions count as wrong. '}
        Once submitted, your answers can’t be changed.
      </p>
      {state === 'failed' && (
        <Notice kind="error" as="p">
          The exam couldn’t be submitted just now. Your answers are kept; try again.
        </Notice>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={state === 'submitting'}
          onClick={() => void submit()}
        >
          {state === 'submitting' ? 'Submitting…' : 'Submit exam'}
        </button>
        <button type="button" className="button button--quiet" onClick={onKeepWorking}>
          Keep working
        </button>
      </div>
    </section>
  );
}

/** A titled list of questions, each a button back to it; nothing when the list is empty. */
function JumpList(props: {
  title: string;
  rows: readonly SheetRow[];
  onGo: (index: number) => void;
}) {
  const { title, rows, onGo } = props;
  if (rows.length === 0) return null;
  const id = `taking-submit-${title.split(' ')[0]?.toLowerCase() ?? 'list'}`;
  return (
    <>
      <h3 id={id} className="taking-submit__list-title">
        {title} ({rows.length})
      </h3>
      <ul className="taking-submit__list" aria-labelledby={id}>
        {rows.map((row) => (
          <li key={row.id}>
            <button
              type="button"
              className="taking-submit__jump"
              aria-label={`Question ${String(row.index + 1)}${row.status === 'partial' ? ', part answered' : ''}`}
              onClick={() => onGo(row.index)}
            >
              {row.index + 1}
              {row.status === 'partial' && <span aria-hidden="true">◐</span>}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
