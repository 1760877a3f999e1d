import { useState } from 'react';
import { Link } from 'react-router-dom';
import { plural } from '../../ui/format';
import { Notice } from '../../ui/Notice';
import {
  describeStorageError,
  resetAllProgress,
  type ProgressSummary,
} from '../../stores/dataActions';
import { ConfirmPanel } from './ConfirmPanel';
import { examExtras } from './dataText';

/** "Start over": deletes all progress on this device, after asking. */
export function ResetSection({
  summary,
  onDone,
}: {
  summary: ProgressSummary;
  onDone: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onReset = async () => {
    setBusy(true);
    try {
      await resetAllProgress();
      setConfirming(false);
      onDone();
    } catch (e) {
      setError(describeStorageError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="data-section" aria-labelledby="reset-h">
      <h2 id="reset-h">Start over</h2>
      {!confirming ? (
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
          Reset progress…
        </button>
      ) : (
        <ConfirmPanel
          question={resetQuestion(summary)}
          detail="Settings are kept. This can’t be undone unless you have a backup."
          action="Delete all progress"
          busy={busy}
          onConfirm={() => void onReset()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {error && (
        <Notice kind="error" as="p">
          {error}
        </Notice>
      )}
      <p className="field-note">
        Study settings are on the <Link to="/settings">settings page</Link>.
      </p>
    </section>
  );
}

/** "Delete 40 reviews of 12 items and 2 practice exams from this device?" */
function resetQuestion(summary: ProgressSummary): string {
  const parts = [
    summary.items + summary.reviews > 0
      ? `${plural(summary.reviews, 'review')} of ${plural(summary.items, 'item')}`
      : null,
    ...examExtras(summary),
  ].filter((x): x is string => x !== null);
  const listed =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : parts[0];
  return `Delete ${listed ?? 'all progress'} from this device?`;
}
