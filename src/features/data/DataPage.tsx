import { useEffect, useRef, useState } from 'react';
import { Notice } from '../../ui/Notice';
import { usePageTitle } from '../../ui/usePageTitle';
import { useStudyStore } from '../../stores/studyStore';
import { hasProgress } from '../../stores/dataActions';
import { backupReminder } from '../../domain/backupReminder';
import { BackupSection } from './BackupSection';
import { ProgressSection } from './ProgressSection';
import { ResetSection } from './ResetSection';
import { RestoreSection } from './RestoreSection';
import { StorageSection } from './StorageSection';
import { useDataFigures } from './useDataFigures';
import './data.css';

/** "Your data": back up, restore, storage status and reset. Everything stays on this device. */
export function DataPage() {
  usePageTitle('Your data');
  const status = useStudyStore((s) => s.status);
  const load = useStudyStore((s) => s.load);
  const lastBackupAt = useStudyStore((s) => s.lastBackupAt);
  const { summary, storage, refresh } = useDataFigures(status === 'ready');
  const [now] = useState(() => Date.now());
  const progressHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void load(Date.now());
  }, [load]);

  if (status === 'idle' || status === 'loading')
    return (
      <div className="page narrow">
        <h1>Your data</h1>
        <p role="status">Loading…</p>
      </div>
    );

  const usable = status === 'ready';
  const empty = summary !== null && !hasProgress(summary);
  const reminder = summary ? backupReminder(now, lastBackupAt, summary.items) : null;
  return (
    <div className="page narrow data-page">
      <h1>Your data</h1>
      <p className="lead">
        Your progress lives only in this browser on this device: there is no account and no server.
        A backup file is the way to keep it safe or move it to another device.
      </p>
      {!usable && (
        <Notice kind="error" as="p">
          {status === 'outdated'
            ? 'A newer version of the app updated your saved data in another tab. Reload this tab to back up or restore.'
            : 'Storage is unavailable in this browser (private browsing, or site data blocked), so there is nothing saved to back up or restore into.'}
        </Notice>
      )}

      {usable && summary && <ProgressSection summary={summary} headingRef={progressHeading} />}
      {usable && (
        <BackupSection
          lastBackupAt={lastBackupAt}
          now={now}
          reminder={reminder}
          empty={empty}
          onDone={refresh}
        />
      )}
      {usable && <RestoreSection empty={empty} onDone={refresh} />}
      <StorageSection report={storage} onAsk={refresh} />
      {usable && summary && !empty && (
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
