/**
 * Keeping several tabs consistent. Every write transaction also stamps a marker row (settings
 * key "sync") with the writing connection's id; each tab watches that row with a Dexie live
 * query, which Dexie propagates between tabs, and re-reads its progress when another tab wrote.
 * The marker is internal: backups neither export nor import it.
 */
import { liveQuery } from 'dexie';
import type { StudyDatabase } from './db';

export const SYNC_KEY = 'sync';

interface SyncMark {
  /** The connection that wrote last. */
  by: string;
  at: number;
}

let stamp = 0;

/** A new change marker for this connection. */
export function newMark(db: StudyDatabase): SyncMark {
  return { by: db.connectionId, at: Date.now() + (stamp++ % 1000) / 1000 };
}

/** Marks a change by this connection. Call inside a transaction that includes `db.settings`. */
export function markChanged(db: StudyDatabase): Promise<string> {
  return db.settings.put({ key: SYNC_KEY, value: newMark(db) });
}

/**
 * Calls `onChange` whenever another connection (another tab or window) writes progress or
 * settings. Returns a function that stops watching.
 */
export function watchOtherConnections(db: StudyDatabase, onChange: () => void): () => void {
  let seen: string | undefined;
  let first = true;
  const subscription = liveQuery(() => db.settings.get(SYNC_KEY)).subscribe({
    next: (row) => {
      const mark = row?.value as Partial<SyncMark> | undefined;
      const key = JSON.stringify(mark ?? null);
      if (first) {
        first = false;
        seen = key;
        return;
      }
      if (key === seen) return;
      seen = key;
      if (mark?.by !== db.connectionId) onChange();
    },
    // A closed or broken database is reported by the store's own reads; nothing to add here.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
