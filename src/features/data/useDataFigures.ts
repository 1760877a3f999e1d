import { useCallback, useEffect, useState } from 'react';
import { currentSummary, type ProgressSummary } from '../../stores/dataActions';
import { storageReport, type StorageReport } from '../../stores/persistence';

/**
 * The figures the data page shows: what progress is on this device and how the browser keeps it.
 * Read once the study data is ready, and again after each `refresh()` (an export, import, reset
 * or permission change).
 */
export function useDataFigures(ready: boolean) {
  const [summary, setSummary] = useState<ProgressSummary | null>(null);
  const [storage, setStorage] = useState<StorageReport | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    void Promise.all([currentSummary().catch(() => null), storageReport()]).then(([s, r]) => {
      if (!live) return;
      setSummary(s);
      setStorage(r);
    });
    return () => {
      live = false;
    };
  }, [ready, version]);

  return { summary, storage, refresh };
}
