/**
 * The study store's link to the database: the write queue, writes on leaving the page, another
 * tab's version change and another tab's writes, wired to callbacks the store supplies. One
 * object with an explicit start (`connectStudy`) and stop, so nothing listens before the study
 * screens open the database, and tests can let go of it.
 */
import type { MemoryState, ReviewLogEntry } from '../schema/study';
import type { StudyDatabase } from '../storage/db';
import { handleVersionChange, type LetGoReason } from '../storage/instance';
import { requestPersistence } from '../storage/persistence';
import type { StoredEntry } from '../storage/progress';
import { watchOtherConnections } from '../storage/sync';
import { WriteQueue, type SaveError } from '../storage/writeQueue';
import { afterNextPaint } from './afterNextPaint';

export interface StudyConnection {
  db: StudyDatabase;
  queue: WriteQueue;
  stop: () => void;
}

export interface StudyConnectionHooks {
  regrade: (current: MemoryState | null, entry: ReviewLogEntry) => MemoryState;
  onStored: (entry: ReviewLogEntry, stored: StoredEntry) => void;
  onSaveFailed: (error: SaveError) => void;
  onSaved: () => void;
  /** Another tab needs the database (a newer version, or the data is being deleted). */
  onLetGo: (reason: LetGoReason) => void;
  onClosed: () => void;
  /** Another tab wrote progress or settings; called once this tab's own writes have landed. */
  onOtherTabWrote: () => void;
}

export function connectStudy(db: StudyDatabase, hooks: StudyConnectionHooks): StudyConnection {
  const queue = new WriteQueue(db, {
    regrade: hooks.regrade,
    // The next item paints first; the write starts once that frame is on screen.
    schedule: afterNextPaint,
    onStored: (entry, stored) => {
      // The learner has progress worth keeping now: ask the browser not to evict it.
      void requestPersistence();
      hooks.onStored(entry, stored);
    },
    onFailed: hooks.onSaveFailed,
    onSettled: hooks.onSaved,
  });
  const stopLeaving = queue.listenForPageHide();
  handleVersionChange(db, {
    onLetGo: hooks.onLetGo,
    finish: () => queue.drained(),
    onClosed: hooks.onClosed,
  });
  const stopWatching = watchOtherConnections(db, () => {
    void queue.drained().then(hooks.onOtherTabWrote);
  });
  return {
    db,
    queue,
    stop: () => {
      stopLeaving();
      stopWatching();
      queue.clear();
    },
  };
}
