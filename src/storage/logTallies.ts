/**
 * Log tallies: the review log folded into quarter-hour tallies (domain/logTally.ts), so the
 * progress screen's heatmap and true retention read ~200 small rows instead of every grade of
 * the last half year (100,000 rows, each with two memory states, took ~1.7 s to read).
 *
 * Table `logTallies` (schema v7), out-of-line keys:
 *   <UTC day number>  `Math.floor(bucket / 96)`: that day's occupied buckets, a flat number
 *                     array `[bucket, count, timeMs, reviews, right, bucket, …]`
 *   "marker"          what is folded in: `{ epoch, maxId, rows }`, the highest log id folded and
 *                     how many rows were folded (so far as the tallies know, the log's size)
 *
 * Like `memoryPacks` (packs.ts) it is a cache derived from `reviewLog`, but kept the other way
 * round: writers of the log never touch it; the progress worker brings it up to date when it
 * reads (`readLogTallies`):
 *
 * 1. One readonly transaction over `reviewLog` and `logTallies`: the log's row count, the marker,
 *    the day rows of the window, and the first chunk of log rows with an id above `marker.maxId`
 *    (with their count if they fill the chunk). Log ids only grow (auto-increment), so while
 *    nothing was deleted `marker.rows` plus the rows above `maxId` is the log's count. When it is
 *    not, rows were deleted (an undo, a restore, a reset) and the tallies are rebuilt from the
 *    whole log; a missing or malformed marker (a database just upgraded to v7), or a day row that
 *    does not decode, also means a rebuild.
 * 2. Further chunks (by primary key, CHUNK rows each) in their own readonly transactions, so the
 *    review screen can write between them.
 * 3. One readwrite transaction on `logTallies` only (never a lock on `reviewLog`, where the
 *    review screen writes): it writes the changed days and the new marker, only if the marker is
 *    still the one read in step 1 — otherwise another fold or a restore wrote meanwhile, and this
 *    one's result, right for its own figures, is not stored.
 *
 * Why this stays right while another tab grades or undoes meanwhile: a grade added after the
 * snapshot has a higher id than anything folded, so the next read folds it; a row deleted after
 * it was folded leaves `marker.rows` one higher than the log can account for, so the next read's
 * count check sees it and rebuilds. Log rows are never edited in place, and only a restore can
 * put rows back under ids already folded; it clears the table and writes a marker with a new
 * epoch (`resetLogTallies`), so a fold started before it fails step 3's check. A write that fails (a full disk) loses nothing: the
 * next read folds the same rows again.
 */
import { BUCKET_MS, addTally, emptyTally, tallyLog, type LogTally } from '../domain/logTally';
import { idbRequest, type ReviewLogRow, type StudyDatabase } from './db';

const DAY = 86_400_000;
const BUCKETS_PER_DAY = DAY / BUCKET_MS;
/** Rows read per request when folding (a rebuild reads the whole log in chunks). */
export const CHUNK = 10_000;
export const MARKER_KEY = 'marker';

export interface TallyMarker {
  /** A new one whenever the table is rebuilt from nothing or reset by a restore. */
  epoch: string;
  /** The highest review-log id folded in (0: none). */
  maxId: number;
  /** How many log rows were folded in. */
  rows: number;
}

/** A stored row: a day's tallies (flat numbers) or the marker. */
export type TallyRow = number[] | TallyMarker;

export interface LogTallies {
  /** The tallies of every bucket starting at or after `since`. */
  tallies: LogTally[];
  /** Log rows folded by this read (0 when the stored tallies were up to date). */
  folded: number;
  /** Whether the tallies were rebuilt from the whole log. */
  rebuilt: boolean;
}

const dayOfBucket = (bucket: number) => Math.floor(bucket / BUCKETS_PER_DAY);
const newEpoch = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Clears the tallies and marks them as a new, empty fold: for where the log is cleared or
 * replaced (restore, reset). Call inside a Dexie transaction that includes `logTallies`.
 */
export async function resetLogTallies(db: StudyDatabase): Promise<void> {
  await db.logTallies.clear();
  await db.logTallies.put({ epoch: newEpoch(), maxId: 0, rows: 0 }, MARKER_KEY);
}

/**
 * The log's tallies of every bucket from `since` on (epoch ms; pass a study-day start so that a
 * bucket is in exactly when its rows are), after folding in what the log gained since the last
 * read, or rebuilding them if rows were deleted.
 */
export async function readLogTallies(db: StudyDatabase, since: number): Promise<LogTallies> {
  if (!db.isOpen()) await db.open();
  const firstDay = dayOfBucket(Math.floor(since / BUCKET_MS));
  const snap = await snapshot(db, firstDay);
  const delta = tallyLog(snap.chunk);
  let cursor = snap.chunk.at(-1)?.id ?? snap.from;
  let folded = snap.chunk.length;
  for (let last = snap.chunk.length; last === CHUNK;) {
    const rows = await readChunk(db, cursor);
    tallyLog(rows, delta);
    folded += rows.length;
    cursor = rows.at(-1)?.id ?? cursor;
    last = rows.length;
  }
  const rebuilt = snap.base === null;
  if (rebuilt || folded > 0) {
    const next: TallyMarker = {
      epoch: (rebuilt ? null : snap.marker?.epoch) ?? newEpoch(),
      maxId: cursor,
      rows: (rebuilt ? 0 : (snap.marker?.rows ?? 0)) + folded,
    };
    // The figures do not depend on the write: a failed one is folded again next time.
    await writeFold(db, snap.storedMarker, next, delta, rebuilt).catch(() => undefined);
  }
  const sinceBucket = since / BUCKET_MS;
  const tallies = mergeTallies(snap.base ?? [], [...delta.values()]).filter(
    (t) => t.bucket >= sinceBucket,
  );
  return { tallies, folded, rebuilt };
}

interface Snapshot {
  /** The marker as stored (compared again before writing), and as understood (null: none). */
  storedMarker: unknown;
  marker: TallyMarker | null;
  /** The stored tallies of the window; null when they are not trusted (a rebuild). */
  base: LogTally[] | null;
  /** The log id the fold starts after. */
  from: number;
  chunk: ReviewLogRow[];
}

/**
 * Step 1, in one readonly transaction; each request is issued from the one it depends on, and
 * requests are answered in the order issued (so the count and the day rows are in when the
 * marker is). The rows above the marker's `maxId` are read at once: unless they fill a chunk,
 * their number is the chunk's length, so the count check costs no extra request.
 */
function snapshot(db: StudyDatabase, firstDay: number): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(['reviewLog', 'logTallies'], 'readonly');
    const log = tx.objectStore('reviewLog');
    const store = tx.objectStore('logTallies');
    const out: Snapshot = { storedMarker: undefined, marker: null, base: null, from: 0, chunk: [] };
    tx.onabort = () => reject(tx.error ?? new Error('log tallies: read aborted'));
    const rowsAfter = (from: number, then: (rows: ReviewLogRow[]) => void) => {
      const req = log.getAll(IDBKeyRange.lowerBound(from, true), CHUNK);
      req.onsuccess = () => then(req.result as ReviewLogRow[]);
    };
    const done = (from: number, base: LogTally[] | null, chunk: ReviewLogRow[]) => {
      Object.assign(out, { from, base, chunk });
      resolve(out);
    };
    const rebuild = () => rowsAfter(0, (chunk) => done(0, null, chunk));
    const count = log.count();
    const dayRows = store.getAll(IDBKeyRange.bound(firstDay, Infinity));
    const marker = store.get(MARKER_KEY);
    marker.onsuccess = () => {
      out.storedMarker = marker.result;
      const m = (out.marker = asMarker(marker.result));
      const base = m && decodeDays(dayRows.result as unknown[]); // a malformed day: rebuild
      if (!m || !base) return rebuild();
      rowsAfter(m.maxId, (chunk) => {
        const check = (newer: number) =>
          m.rows + newer === count.result ? done(m.maxId, base, chunk) : rebuild();
        if (chunk.length < CHUNK) return check(chunk.length);
        const newer = log.count(IDBKeyRange.lowerBound(m.maxId, true));
        newer.onsuccess = () => check(newer.result);
      });
    };
  });
}

/** Step 2: the next chunk of log rows after id `after`. */
function readChunk(db: StudyDatabase, after: number): Promise<ReviewLogRow[]> {
  const tx = db.backendDB().transaction('reviewLog', 'readonly');
  return idbRequest(tx.objectStore('reviewLog').getAll(IDBKeyRange.lowerBound(after, true), CHUNK));
}

/**
 * Step 3: stores the fold if the marker is still `expected`: a rebuild replaces every day row,
 * a fold adds its tallies to the days they fall on. A stored day row that does not decode is
 * left, and the marker deleted instead, so the next read rebuilds.
 */
function writeFold(
  db: StudyDatabase,
  expected: unknown,
  next: TallyMarker,
  delta: ReadonlyMap<number, LogTally>,
  rebuild: boolean,
): Promise<void> {
  const byDay = new Map<number, LogTally[]>();
  for (const t of delta.values()) {
    const day = dayOfBucket(t.bucket);
    const tallies = byDay.get(day);
    if (tallies) tallies.push(t);
    else byDay.set(day, [t]);
  }
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('logTallies', 'readwrite');
    const store = tx.objectStore('logTallies');
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('log tallies: write aborted'));
    const current = store.get(MARKER_KEY);
    current.onsuccess = () => {
      if (JSON.stringify(current.result) !== JSON.stringify(expected)) return;
      if (rebuild) {
        store.clear();
        for (const [day, tallies] of byDay) store.put(encodeDay(tallies), day);
        store.put(next, MARKER_KEY);
        return;
      }
      let pending = byDay.size;
      let intact = true;
      const finish = () => {
        if (--pending > 0) return;
        if (intact) store.put(next, MARKER_KEY);
        else store.delete(MARKER_KEY);
      };
      if (pending === 0) return void store.put(next, MARKER_KEY);
      for (const [day, tallies] of byDay) {
        const stored = store.get(day);
        stored.onsuccess = () => {
          const known = stored.result === undefined ? [] : decodeDays([stored.result]);
          if (known) store.put(encodeDay(mergeTallies(known, tallies)), day);
          else intact = false;
          finish();
        };
      }
    };
  });
}

/** `a` and `b` added bucket by bucket (copies; neither is changed), in bucket order. */
function mergeTallies(a: readonly LogTally[], b: readonly LogTally[]): LogTally[] {
  const out = new Map(a.map((t) => [t.bucket, { ...t }]));
  for (const t of b) {
    const known = out.get(t.bucket) ?? emptyTally(t.bucket);
    addTally(known, t);
    out.set(t.bucket, known);
  }
  return [...out.values()].sort((x, y) => x.bucket - y.bucket);
}

export function encodeDay(tallies: readonly LogTally[]): number[] {
  return tallies.flatMap((t) => [t.bucket, t.count, t.timeMs, t.reviews, t.right]);
}

/** Day rows as stored, decoded; null if any is not a whole number of finite 5-tuples. */
export function decodeDays(rows: readonly unknown[]): LogTally[] | null {
  const out: LogTally[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || row.length % 5 !== 0) return null;
    const xs = row as unknown[];
    if (!xs.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
    const n = xs as number[];
    for (let i = 0; i < n.length; i += 5) {
      const [bucket, count, timeMs, reviews, right] = n.slice(i, i + 5) as [
        number,
        number,
        number,
        number,
        number,
      ];
      out.push({ bucket, count, timeMs, reviews, right });
    }
  }
  return out;
}

function asMarker(value: unknown): TallyMarker | null {
  const m = value as Partial<TallyMarker> | undefined;
  const whole = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
  return m && typeof m.epoch === 'string' && whole(m.maxId) && whole(m.rows)
    ? { epoch: m.epoch, maxId: m.maxId, rows: m.rows }
    : null;
}
