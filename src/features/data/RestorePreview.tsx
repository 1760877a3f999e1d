import type { BackupSummary } from '../../schema/backup';
import { formatDay, plural } from '../../ui/format';
import type { ImportMode } from '../../stores/dataActions';
import { ConfirmPanel } from './ConfirmPanel';
import { dateSpan } from './dataText';

/**
 * A chosen backup file before it is restored: what it holds, whether to add it to or replace the
 * progress here, and the button (or, for a replace, the question) that restores it.
 */
export function RestorePreview(props: {
  fileName: string;
  summary: BackupSummary;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  confirming: boolean;
  busy: boolean;
  onRestore: () => void;
  onCancel: () => void;
}) {
  const { summary } = props;
  return (
    <div className="restore-preview" aria-live="polite">
      <p>
        <strong>{props.fileName}</strong>, saved {formatDay(summary.exportedAt)}:{' '}
        {plural(summary.itemsWithProgress, 'item')} with progress,{' '}
        {plural(summary.reviewLogEntries, 'review')}
        {summary.earliestReview !== null && summary.latestReview !== null
          ? dateSpan(summary.earliestReview, summary.latestReview, 'from')
          : ''}
        {summary.examDates > 0 ? `, ${plural(summary.examDates, 'exam date')}` : ''}
        {summary.includesSettings ? ', and settings' : ''}.
      </p>
      <RestoreModeChoice mode={props.mode} onMode={props.onMode} />
      {props.confirming ? (
        <ConfirmPanel
          question="Replace the progress on this device with the file’s?"
          detail="Replacing deletes the progress now on this device. Download a backup first if you may want it back."
          action="Replace my progress"
          busy={props.busy}
          onConfirm={props.onRestore}
          onCancel={props.onCancel}
        />
      ) : (
        <button type="button" className="button" disabled={props.busy} onClick={props.onRestore}>
          {props.busy ? 'Restoring…' : 'Restore'}
        </button>
      )}
    </div>
  );
}

/** "How to restore": add the file's progress to this device's, or replace it. */
function RestoreModeChoice({
  mode,
  onMode,
}: {
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
}) {
  return (
    <fieldset className="restore-mode">
      <legend>How to restore</legend>
      <label>
        <input
          type="radio"
          name="restore-mode"
          checked={mode === 'merge'}
          onChange={() => onMode('merge')}
        />{' '}
        Add to my progress{' '}
        <span className="muted">(keeps both; the newer state of each item wins)</span>
      </label>
      <label>
        <input
          type="radio"
          name="restore-mode"
          checked={mode === 'replace'}
          onChange={() => onMode('replace')}
        />{' '}
        Replace my progress{' '}
        <span className="muted">(this device’s progress and settings become the file’s)</span>
      </label>
    </fieldset>
  );
}
