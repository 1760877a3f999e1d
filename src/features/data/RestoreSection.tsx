import { useId } from 'react';
import { Notice } from '../../ui/Notice';
import { RestorePreview } from './RestorePreview';
import { noticeClass } from './dataText';
import { useRestore } from './useRestore';

/**
 * "Restore from a backup": pick a file, see what it holds, add it or replace with it. The result
 * takes focus so it is read out.
 */
export function RestoreSection({ empty, onDone }: { empty: boolean; onDone: () => void }) {
  const inputId = useId();
  const {
    parsed,
    fileName,
    mode,
    setMode,
    confirming,
    cancel,
    busy,
    message,
    resultRef,
    chooseFile,
    restore,
  } = useRestore(empty, onDone);
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
        onChange={(e) => void chooseFile(e.target.files?.[0])}
      />
      {parsed && !parsed.ok && (
        <Notice kind="error" as="p">
          {parsed.error} Your current progress was not changed.
        </Notice>
      )}
      {parsed?.ok && (
        <RestorePreview
          fileName={fileName}
          summary={parsed.summary}
          mode={mode}
          onMode={setMode}
          confirming={confirming}
          busy={busy}
          onRestore={() => void restore()}
          onCancel={cancel}
        />
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
