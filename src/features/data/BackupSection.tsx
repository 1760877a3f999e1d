import { useState } from 'react';
import { formatAgo, plural } from '../../ui/format';
import { describeStorageError, exportProgress } from '../../stores/dataActions';
import { noticeClass, type Message } from './dataText';

/** Hands the browser a file to save, as if the learner had clicked a download link. */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Back up": when the last backup was saved, and the button that saves a new one. */
export function BackupSection(props: {
  lastBackupAt: number | null;
  now: number;
  reminder: 'never' | 'old' | null;
  empty: boolean;
  onDone: () => void;
}) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const onExport = async () => {
    setBusy(true);
    try {
      const file = await exportProgress(Date.now());
      download(file.text, file.fileName);
      setMessage({
        kind: 'ok',
        text: `Saved ${file.fileName} (${plural(file.reviews, 'review')}). Keep it somewhere other than this device.`,
      });
      props.onDone();
    } catch (error) {
      setMessage({ kind: 'error', text: describeStorageError(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="data-section" aria-labelledby="backup-h">
      <h2 id="backup-h">Back up</h2>
      <p className={props.reminder ? 'backup-age backup-age--old' : 'backup-age'}>
        {props.lastBackupAt === null
          ? 'You have not saved a backup on this device yet.'
          : `Last backup: ${formatAgo(props.now, props.lastBackupAt)}.`}
        {props.reminder === 'old' && ' Save a new one so recent reviews are safe too.'}
      </p>
      <p className="field-note">
        One JSON file with every review, each item’s memory state, your practice exams, exam dates
        and settings.
      </p>
      <button
        type="button"
        className="button"
        disabled={busy || props.empty}
        onClick={() => void onExport()}
      >
        {busy ? 'Preparing…' : 'Download backup'}
      </button>
      {message && (
        <p className={noticeClass(message)} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
