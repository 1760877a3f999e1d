/**
 * "Your memory model": fits FSRS-6 to the learner's own review log on this device (a Web Worker;
 * see src/stores/optimiserStore.ts), shows how well the defaults, the parameters in use and the
 * fit predict reviews the fit did not see, and applies the fit only when it is better and the
 * learner confirms. The parameters in use before are kept for one-click Revert.
 */
import { useEffect, useRef, useState } from 'react';
import { useOptimiserStore, type FitResult, type Metrics } from '../../stores/optimiserStore';
import { useStudyStore } from '../../stores/studyStore';
import { Notice } from '../../ui/Notice';
import './optimiser.css';

const STAGE_TEXT = {
  reading: 'Reading your review history…',
  loading: 'Loading the optimiser…',
  fitting: 'Fitting FSRS to your reviews…',
  evaluating: 'Measuring the fit on your newest reviews…',
  applying: 'Recomputing your schedule from your reviews…',
} as const;

const dateText = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function OptimiserPanel() {
  const s = useOptimiserStore();
  const settings = useStudyStore((st) => st.settings);
  const countHistory = useOptimiserStore((st) => st.countHistory);
  useEffect(() => {
    void countHistory();
  }, [countHistory]);
  const enough = s.history !== null && s.history.reviews >= s.history.needed;
  const busy = s.status === 'running' || s.status === 'applying';
  return (
    <section className="optimiser" aria-labelledby="optimiser-h">
      <h2 id="optimiser-h">Your memory model</h2>
      <p>
        {settings.fsrsParameters
          ? `Scheduling uses parameters fitted to your own reviews${
              settings.fsrsRevert ? ` (applied ${dateText(settings.fsrsRevert.appliedAt)})` : ''
            }.`
          : 'Scheduling uses FSRS-6’s default parameters, fitted to many learners.'}{' '}
        The app can fit them to your own review history, on this device: nothing is sent anywhere.
      </p>
      {s.history && !enough && s.status !== 'running' && (
        <p className="field-note">
          Available after {s.history.needed} reviews on a later day than the one before (you have{' '}
          {s.history.reviews}). Below 64 such reviews FSRS’s optimiser fits only 4 of its 21
          parameters, and a fifth of them is kept aside to check the fit.
        </p>
      )}
      {enough && !busy && s.status !== 'fitted' && (
        <button type="button" className="button" onClick={s.start}>
          Optimise my schedule
        </button>
      )}
      {busy && <Running />}
      {s.status === 'cancelled' && <p role="status">Cancelled. Nothing changed.</p>}
      {s.status === 'error' && (
        <Notice kind="error" as="p">
          The optimiser stopped: {s.error}. Nothing changed.
        </Notice>
      )}
      {s.status === 'fitted' && s.result && <Evidence result={s.result} />}
      {s.status === 'changed' && s.change && (
        <Notice kind="ok" as="p">
          {s.change.kind === 'applied' ? 'Applied' : 'Reverted'}: {s.change.items} items recomputed
          from your reviews; {s.change.earlier + s.change.later} now due on another day (
          {s.change.earlier} earlier, {s.change.later} later).
        </Notice>
      )}
      {settings.fsrsRevert && !busy && (
        <p>
          <button type="button" className="button button--quiet" onClick={() => void s.revert()}>
            Revert to the previous parameters
          </button>
        </p>
      )}
    </section>
  );
}

function Running() {
  const { stage, progress, cancel, status } = useOptimiserStore();
  const text = stage ? STAGE_TEXT[stage] : '';
  return (
    <div className="optimiser__running">
      <label htmlFor="optimiser-progress" className="field-label">
        {text}
      </label>
      {progress && stage === 'fitting' ? (
        <progress id="optimiser-progress" max={progress.total} value={progress.done} />
      ) : (
        <progress id="optimiser-progress" />
      )}
      {/* For screen readers: the label above is the bar's name, this announces each stage. */}
      <p role="status" className="visually-hidden">
        {text}
        {progress && stage === 'fitting'
          ? ` ${Math.round((progress.done / Math.max(progress.total, 1)) * 100)}%`
          : ''}
      </p>
      {status === 'running' && (
        <button type="button" className="button button--quiet" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

const fmt = (x: number) => x.toFixed(4);

function MetricsRow({ name, m }: { name: string; m: Metrics }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{fmt(m.logLoss)}</td>
      <td>{fmt(m.rmseBins)}</td>
    </tr>
  );
}

function Evidence({ result }: { result: FitResult }) {
  const apply = useOptimiserStore((s) => s.apply);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="optimiser__evidence">
      <h3 ref={heading} tabIndex={-1}>
        How well each set of parameters predicts your newest reviews
      </h3>
      <div className="optimiser__table">
        <table>
          <caption>
            Measured on your {result.fitted.reviews} newest reviews, which the fit did not see (it
            learnt from the {result.trainItems} before them, in{' '}
            <span className="optimiser__fit-time">{(result.fitMs / 1000).toFixed(1)}</span> s).
            Lower is better.
          </caption>
          <thead>
            <tr>
              <th scope="col">Parameters</th>
              <th scope="col">Log loss</th>
              <th scope="col">RMSE (bins)</th>
            </tr>
          </thead>
          <tbody>
            <MetricsRow name="FSRS-6 defaults" m={result.defaults} />
            {result.current && <MetricsRow name="In use now" m={result.current} />}
            <MetricsRow name="Fitted to you" m={result.fitted} />
          </tbody>
        </table>
      </div>
      <details>
        <summary>The fitted parameters</summary>
        <p className="optimiser__params">{result.parameters.join(', ')}</p>
      </details>
      {!result.better ? (
        <p role="status">
          The fit does not predict your newest reviews better than the parameters in use, so nothing
          changes.
        </p>
      ) : confirming ? (
        <div className="optimiser__confirm" role="group" aria-label="Confirm">
          <p>
            Apply the fitted parameters? Every item’s memory state is recomputed from your reviews,
            so due dates move. You can revert afterwards.
          </p>
          <button type="button" className="button" onClick={() => void apply()}>
            Apply the fitted parameters
          </button>{' '}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(false)}
          >
            Not now
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Apply…
        </button>
      )}
    </div>
  );
}
