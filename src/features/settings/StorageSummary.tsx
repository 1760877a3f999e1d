import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { storageReport, type StorageReport } from '../../stores/persistence';
import { formatBytes } from '../../ui/format';
import { persistenceSentence } from '../../ui/storageMessages';

/** "Your data": whether the browser keeps the app's data and how much it uses; details on /data. */
export function StorageSummary() {
  const [report, setReport] = useState<StorageReport | null>(null);
  useEffect(() => {
    let live = true;
    void storageReport().then((r) => {
      if (live) setReport(r);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="settings-storage" aria-labelledby="settings-storage-h">
      <h2 id="settings-storage-h">Your data</h2>
      {report && (
        <p>
          {persistenceSentence(report.persisted)}
          {report.usage !== null ? ` ${formatBytes(report.usage)} used.` : ''}
        </p>
      )}
      <p>
        <Link to="/data">Back up, restore or reset your progress</Link>
      </p>
    </section>
  );
}
