/**
 * Today's study queue. Pure and deterministic given `now`, the settings and the stored state:
 *
 * 1. learning and relearning items that are due, earliest first;
 * 2. review items due before the next day starts, lowest retrievability (most at risk) first,
 *    up to the daily review limit, with new items spread evenly among them up to the new limit;
 * 3. two items on the same fact are never shown back to back.
 *
 * When nothing else is left, learning items due within the learn-ahead window are shown early.
 */
import type { MemoryState, ReviewLogEntry } from '../schema/study';

export interface QueueItem {
  id: string;
  /** Fact ids the item uses: items sharing one are siblings. */
  facts: readonly string[];
}

export interface QueueInput {
  /** Items in scope, in content order (new items are introduced in this order). */
  items: readonly QueueItem[];
  states: ReadonlyMap<string, MemoryState>;
  now: number;
  dayStartHour: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  /** Work already done since the study day started. */
  doneToday: DoneToday;
  retrievability: (state: MemoryState, now: number) => number;
  learnAheadMs?: number;
  /**
   * Items studied before whose state was not loaded because they are not due today (storage
   * reads only today's states): they are neither due nor new.
   */
  studied?: ReadonlySet<string>;
  /** The earliest due time among those unloaded items. */
  laterDue?: number | null;
  /** Facts of the item reviewed just before: the queue will not start with a sibling of it. */
  lastFacts?: readonly string[];
  /**
   * Moves a stored state's due date before it is queued: the exam date's rule
   * (examDateScheduling.ts, `examDateFitter`). Applied to every state studied before, in
   * `states` and in `laterStates`; nothing is written back (a state is stored again only when
   * it is graded).
   */
  fitState?: (state: MemoryState, itemId: string) => MemoryState;
  /** Stored states not loaded into `states` (due after today), looked at only with `fitState`. */
  laterStates?: ReadonlyMap<string, MemoryState>;
  /** False: no new items today (too close to the exam: `allowNewItems`). */
  allowNew?: boolean;
}

export interface DoneToday {
  newItems: number;
  reviews: number;
}

export interface Queue {
  ids: string[];
  counts: { learning: number; review: number; new: number };
  /** When the next item not in the queue comes due (null: nothing scheduled). */
  nextDue: number | null;
}

const DAY = 86_400_000;
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Start of the study day containing `now`, in local time: the last `hour`:00 at or before it. */
export function studyDayStart(now: number, hour: number): number {
  const d = new Date(now);
  d.setHours(hour, 0, 0, 0);
  if (d.getTime() > now) d.setDate(d.getDate() - 1);
  return d.getTime();
}

/** New items introduced and reviews done since the study day started, from the review log. */
export function doneSince(
  log: Iterable<Pick<ReviewLogEntry, 'reviewedAt' | 'before'>>,
  dayStart: number,
): DoneToday {
  const done: DoneToday = { newItems: 0, reviews: 0 };
  for (const entry of log) {
    if (entry.reviewedAt < dayStart) continue;
    if (entry.before === null || entry.before.phase === 'new') done.newItems++;
    else if (entry.before.phase === 'review') done.reviews++;
  }
  return done;
}

export function buildQueue(input: QueueInput): Queue {
  const { items, states, now } = input;
  const dayEnd = studyDayStart(now, input.dayStartHour) + DAY;
  const learnAhead = input.learnAheadMs ?? LEARN_AHEAD_MS;

  const learning: { item: QueueItem; due: number }[] = [];
  const soon: { item: QueueItem; due: number }[] = [];
  const reviews: { item: QueueItem; r: number; due: number }[] = [];
  const fresh: QueueItem[] = [];
  const { fitState, laterStates } = input;
  // Earliest due time among items that cannot be in today's queue. With the exam rules the
  // unloaded states are looked at one by one (fitted), so their stored earliest is not used.
  let nextOutside = fitState && laterStates ? Infinity : (input.laterDue ?? Infinity);
  const later = (due: number) => {
    nextOutside = Math.min(nextOutside, due);
  };

  for (const item of items) {
    let state = states.get(item.id);
    if (fitState) {
      state ??= laterStates?.get(item.id);
      if (state) state = fitState(state, item.id);
    }
    if (!state && input.studied?.has(item.id)) continue;
    if (!state || state.phase === 'new') {
      fresh.push(item);
    } else if (state.phase === 'learning' || state.phase === 'relearning') {
      if (state.due <= now) learning.push({ item, due: state.due });
      else if (state.due <= now + learnAhead) soon.push({ item, due: state.due });
      else later(state.due);
    } else if (state.due < dayEnd) {
      reviews.push({ item, r: input.retrievability(state, now), due: state.due });
    } else later(state.due);
  }

  learning.sort((a, b) => a.due - b.due || a.item.id.localeCompare(b.item.id));
  reviews.sort((a, b) => a.r - b.r || a.due - b.due || a.item.id.localeCompare(b.item.id));
  const reviewRoom = Math.max(0, input.maxReviewsPerDay - input.doneToday.reviews);
  const newRoom =
    input.allowNew === false ? 0 : Math.max(0, input.newPerDay - input.doneToday.newItems);
  const todayReviews = reviews.slice(0, reviewRoom).map((r) => r.item);
  const todayNew = fresh.slice(0, newRoom);

  let ordered = [...learning.map((l) => l.item), ...interleave(todayReviews, todayNew)];
  let learningCount = learning.length;
  let nextDue = Math.min(nextOutside, ...soon.map((s) => s.due));
  if (ordered.length === 0 && soon.length > 0) {
    // Nothing else today: show the learning items due within the window now.
    soon.sort((a, b) => a.due - b.due || a.item.id.localeCompare(b.item.id));
    ordered = soon.map((s) => s.item);
    learningCount = soon.length;
    nextDue = nextOutside;
  }

  return {
    ids: spaceSiblings(ordered, input.lastFacts ?? []).map((i) => i.id),
    counts: { learning: learningCount, review: todayReviews.length, new: todayNew.length },
    nextDue: Number.isFinite(nextDue) ? nextDue : null,
  };
}

/** Spreads `extra` evenly through `base`, starting with `base`. */
function interleave<T>(base: readonly T[], extra: readonly T[]): T[] {
  const total = base.length + extra.length;
  const out: T[] = [];
  let b = 0;
  let e = 0;
  for (let pos = 0; pos < total; pos++) {
    // The k-th extra item goes to slot floor((k + 1) · total / (extras + 1)): evenly spaced.
    const slot = Math.floor(((e + 1) * total) / (extra.length + 1));
    const wantExtra = e < extra.length && (b >= base.length || pos >= slot);
    if (wantExtra) out.push(extra[e++] as T);
    else out.push(base[b++] as T);
  }
  return out;
}

function siblings(a: QueueItem, b: QueueItem): boolean {
  return a.facts.some((f) => b.facts.includes(f));
}

/** Moves items so no two neighbours share a fact (nor the first with `before`), keeping the order otherwise. */
function spaceSiblings(items: QueueItem[], before: readonly string[]): QueueItem[] {
  const out = [{ id: '', facts: before }, ...items];
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as QueueItem;
    if (!siblings(prev, out[i] as QueueItem)) continue;
    const j = out.findIndex((candidate, k) => k > i && !siblings(prev, candidate));
    if (j < 0) continue;
    const [moved] = out.splice(j, 1);
    out.splice(i, 0, moved as QueueItem);
  }
  return out.slice(1);
}
