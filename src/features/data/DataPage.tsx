import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ParsedBackup } from '../../schema/backup';
import { formatAgo, formatBytes, formatDay, plural } from '../../ui/format';
import { usePageTitle } from '../../ui/usePageTitle';
import { useStudyStore } from '../../stores/studyStore';
import { backupReminder } from '../../domain/backupReminder';
import {
  currentSummary,
  describeStorageError,
  exportProgress,
  readBackupFile,
  resetAllProgress,
  restoreProgress,
  type ImportMode,
  type ProgressSummary,
} from '../../stores/dataActions';
import { askForPersistence, storageReport, type StorageReport } from '../../stores/persistence';
import './data.css';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The class of a result message under an action. */
const noticeClass = (message: NonNullable<Message>) =>
  message.kind === 'error' ? 'notice notice--error' : 'notice notice--ok';

/** " on 3 Nov 2026", or " between 3 Nov 2026 and 23 Nov 2026" / " from … to …". */
function dateSpan(first: number, last: number, style: 'between' | 'from'): string {
  const [a, b] = [formatDay(first), formatDay(last)];
  if (a === b) return ` on ${a}`;
  return style === 'between' ? ` between ${a} and ${b}` : ` from ${a} to ${b}`;
}

/** "Your data": back up, restore, storage status and reset. Everything stays on this device. */
export function DataPage() {
  usePageTitle('Your data');
  const status = useStudyStore((s) => s.status);
  const load = useStudyStore((s) => s.load);
  const lastBackupAt = useStudyStore((s) => s.lastBackupAt);
  const [summary, setSummary] = useState<ProgressSummary | null>(null);
  const [storage, setStorage] = useState<StorageReport | null>(null);
  const [now] = useState(() => Date.now());

  // Bumped after an export, import, reset or permission change: re-read the figures.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const progressHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void load(Date.now());
  }, [load]);
  useEffect(() => {
    if (status !== 'ready') return;
    let live = true;
    void Promise.all([currentSummary().catch(() => null), storageReport()]).then(([s, r]) => {
      if (!live) return;
      setSummary(s);
      setStorage(r);
    });
    return () => {
      live = false;
    };
  }, [status, version]);

  if (status === 'idle' || status === 'loading')
    return (
      <div className="page narrow">
        <h1>Your data</h1>
        <p role="status">Loading…</p>
      </div>
    );

  const usable = status === 'ready';
  const reminder = summary ? backupReminder(now, lastBackupAt, summary.items) : null;
  return (
    <div className="page narrow data-page">
      <h1>Your data</h1>
      <p className="lead">
        Your progress lives only in this browser on this device: there is no account and no server.
        A backup file is the way to keep it safe or move it to another device.
      </p>
      {!usable && (
        <p className="notice notice--error" role="alert">
          {status === 'outdated'
            ? 'A newer version of the app updated your saved data in another tab. Reload this tab to back up or restore.'
            : 'Storage is unavailable in this browser (private browsing, or site data blocked), so there is nothing saved to back up or restore into.'}
        </p>
      )}

      {usable && summary && (
        <section className="data-section" aria-labelledby="progress-h">
          <h2 id="progress-h" tabIndex={-1} ref={progressHeading}>
            On this device
          </h2>
          <p>
            {summary.items === 0
              ? 'No progress yet.'
              : `${plural(summary.items, 'item')} studied, ${plural(summary.reviews, 'review')} logged${
                  summary.firstReviewAt !== null && summary.lastReviewAt !== null
                    ? dateSpan(summary.firstReviewAt, summary.lastReviewAt, 'between')
                    : ''
                }.`}
          </p>
        </section>
      )}

      {usable && (
        <BackupSection
          lastBackupAt={lastBackupAt}
          now={now}
          reminder={reminder}
          empty={summary?.items === 0}
          onDone={refresh}
        />
      )}
      {usable && <RestoreSection empty={summary?.items === 0} onDone={refresh} />}
      <StorageSection report={storage} onAsk={refresh} />
      {usable && summary && summary.items > 0 && (
        <ResetSection
          summary={summary}
          onDone={() => {
            // The reset section goes away with the progress: put focus on what now says so.
            progressHeading.current?.focus();
            refresh();
          }}
        />
      )}
      <p className="muted app-build">App version: build {__APP_BUILD__}</p>
    </div>
  );
}

function BackupSection(props: {
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
      const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
        One JSON file with every review, each item’s memory state and your settings.
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

function RestoreSection({ empty, onDone }: { empty: boolean; onDone: () => void }) {
  const inputId = useId();
  const [parsed, setParsed] = useState<ParsedBackup | null>(null);
  const [fileName, setFileName] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);

  const onFile = async (file: File | undefined) => {
    setMessage(null);
    setConfirming(false);
    if (!file) return setParsed(null);
    setFileName(file.name);
    setParsed(await readBackupFile(file));
  };

  const onRestore = async () => {
    if (!parsed?.ok) return;
    if (mode === 'replace' && !empty && !confirming) return setConfirming(true);
    setBusy(true);
    try {
      const result = await restoreProgress(parsed, mode);
      setMessage({
        kind: 'ok',
        text:
          mode === 'replace'
            ? `Restored ${plural(result.logAdded, 'review')} of ${plural(result.memoryWritten, 'item')} from ${fileName}.`
            : `Added ${plural(result.logAdded, 'review')} from ${fileName}${
                result.logSkipped > 0
                  ? ` (${result.logSkipped.toLocaleString('en-US')} were already here)`
                  : ''
              }.`,
      });
      setParsed(null);
      setConfirming(false);
      onDone();
    } catch (error) {
      setMessage({ kind: 'error', text: describeStorageError(error) });
    } finally {
      setBusy(false);
      resultRef.current?.focus();
    }
  };

  const summary = parsed?.ok ? parsed.summary : null;
  return (
    <section className="data-section" aria-labelledby="restore-h">
      <h2 id="restore-h">Restore from a backup</h2>
      {empty && (
        <p>
          Studied with this app before, on this device or another? Restore your backup file to pick
          up where you left off.
        </p>
      )}
      <label htmlFor={inputId} className="field-label">
        Backup file
      </label>
      <input
        id={inputId}
        type="file"
        accept="application/json,.json"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      {parsed && !parsed.ok && (
        <p className="notice notice--error" role="alert">
          {parsed.error} Your current progress was not changed.
        </p>
      )}
      {summary && (
        <div className="restore-preview" aria-live="polite">
          <p>
            <strong>{fileName}</strong>, saved {formatDay(summary.exportedAt)}:{' '}
            {plural(summary.itemsWithProgress, 'item')} with progress,{' '}
            {plural(summary.reviewLogEntries, 'review')}
            {summary.earliestReview !== null && summary.latestReview !== null
              ? dateSpan(summary.earliestReview, summary.latestReview, 'from')
              : ''}
            {summary.includesSettings ? ', and settings' : ''}.
          </p>
          <fieldset className="restore-mode">
            <legend>How to restore</legend>
            <label>
              <input
                type="radio"
                name="restore-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />{' '}
              Add to my progress{' '}
              <span className="muted">(keeps both; the newer state of each item wins)</span>
            </label>
            <label>
              <input
                type="radio"
                name="restore-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              Replace my progress{' '}
              <span className="muted">(this device’s progress and settings become the file’s)</span>
            </label>
          </fieldset>
          {confirming ? (
            <ConfirmPanel
              question="Replace the progress on this device with the file’s?"
              detail="Replacing deletes the progress now on this device. Download a backup first if you may want it back."
              action="Replace my progress"
              busy={busy}
              onConfirm={() => void onRestore()}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void onRestore()}
            >
              {busy ? 'Restoring…' : 'Restore'}
            </button>
          )}
        </div>
      )}
      <p
        ref={resultRef}
        tabIndex={-1}
        className={message ? noticeClass(message) : 'visually-hidden'}
        role="status"
      >
        {message?.text}
      </p>
    </section>
  );
}

function StorageSection({ report, onAsk }: { report: StorageReport | null; onAsk: () => void }) {
  const [asked, setAsked] = useState<boolean | null>(null);
  if (!report) return null;
  const ask = async () => {
    setAsked(await askForPersistence());
    onAsk();
  };
  return (
    <section className="data-section" aria-labelledby="storage-h">
      <h2 id="storage-h">Storage</h2>
      <dl className="facts-list">
        <dt>Kept by the browser</dt>
        <dd>
          {report.persisted === null
            ? 'Unknown in this browser'
            : report.persisted
              ? 'Yes — the browser won’t clear it to free space'
              : 'Not guaranteed — the browser may clear it when the device runs low on space'}
        </dd>
        {report.usage !== null && (
          <>
            <dt>Space used</dt>
            <dd>
              {formatBytes(report.usage)}
              {report.quota !== null ? ` of ${formatBytes(report.quota)} available to the app` : ''}
            </dd>
          </>
        )}
      </dl>
      {report.persisted === false && (
        <>
          <button type="button" className="button button--quiet" onClick={() => void ask()}>
            Ask the browser to keep my data
          </button>
          {asked === false && (
            <p className="field-note" role="status">
              The browser declined for now (browsers decide from how you use a site; installing the
              app usually helps). Regular backups keep you safe either way.
            </p>
          )}
        </>
      )}
    </section>
  );
}

function ResetSection({ summary, onDone }: { summary: ProgressSummary; onDone: () => void }) {
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
          question={`Delete ${plural(summary.reviews, 'review')} of ${plural(summary.items, 'item')} from this device?`}
          detail="Settings are kept. This can’t be undone unless you have a backup."
          action="Delete all progress"
          busy={busy}
          onConfirm={() => void onReset()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <p className="field-note">
        Study settings are on the <Link to="/settings">settings page</Link>.
      </p>
    </section>
  );
}

/** A destructive step, asked about first. Takes focus so the question is read out. */
function ConfirmPanel(props: {
  question: string;
  detail: string;
  action: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-labelledby={id} tabIndex={-1} ref={ref}>
      <p id={id}>
        <strong>{props.question}</strong> {props.detail}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.action}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
