/**
 * Whether progress can be kept, for the banners every screen shows. The study store (which owns
 * the database) reports here once it opens it; before that, `probeStorage` (started by the app
 * shell) finds out whether IndexedDB can be used at all, so pages that never open the database
 * (home, chapters) warn too. This module stays tiny so the home route does not load Dexie.
 */
import { create } from 'zustand';

export type StorageHealth =
  /** Not opened yet, or working. */
  | { kind: 'ok' }
  /** IndexedDB is missing or refused (private mode, blocked by settings): study in memory. */
  | { kind: 'unavailable' }
  /** A newer version of the app changed the database in another tab: this tab must reload. */
  | { kind: 'outdated' }
  /** The browser (or the learner, in its settings) deleted the site's data while the app ran. */
  | { kind: 'cleared' };

export const useStorageHealth = create<{ health: StorageHealth }>(() => ({
  health: { kind: 'ok' },
}));

export function reportStorageHealth(health: StorageHealth): void {
  useStorageHealth.setState({ health });
}

/** A database name that is never kept: the probe's creation is always rolled back. */
const PROBE_NAME = 'lambda-exam-prep-probe';

/**
 * Asks the browser to create a throwaway database and aborts the creation as soon as it is
 * allowed to start (so nothing is left behind). A browser that refuses site storage throws, or
 * fails the request before the upgrade step: then the app says so at once, on any page. Costs one
 * IndexedDB request at start; a later report from the study store (outdated, cleared) is kept.
 */
export function probeStorage(): void {
  const unavailable = () => {
    if (useStorageHealth.getState().health.kind === 'ok')
      reportStorageHealth({ kind: 'unavailable' });
  };
  let request: IDBOpenDBRequest;
  try {
    request = indexedDB.open(PROBE_NAME);
  } catch {
    unavailable();
    return;
  }
  let upgrading = false;
  request.onupgradeneeded = () => {
    upgrading = true;
    request.transaction?.abort();
  };
  request.onsuccess = () => request.result.close();
  request.onerror = (event) => {
    event.preventDefault(); // the abort above is expected: not an uncaught error
    if (!upgrading) unavailable();
  };
}
