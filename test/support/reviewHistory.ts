/**
 * A generated study history for the optimiser's tests, end-to-end spec and benchmark: a learner
 * who studies every day, scheduled by the app's default FSRS-6 parameters, whose real memory
 * follows different ("true") parameters. So a fit to this history has something to find.
 * Deterministic: the same options give the same rows.
 */
import { createScheduler, DEFAULT_PARAMETERS } from '../../src/domain/scheduler';
import { seededRandom } from '../../src/domain/random';
import type { Grade, MemoryRecord, MemoryState, ReviewLogEntry } from '../../src/schema/study';

const DAY = 86_400_000;

/** The generated learner's memory: faster first learning, slower growth, steeper forgetting. */
export const TRUE_PARAMETERS: readonly number[] = DEFAULT_PARAMETERS.map((w, i) =>
  i <= 3 ? w * 2.5 : i === 8 ? w * 0.75 : i === 20 ? 0.35 : w,
);

export interface HistoryOptions {
  /** About how many review-log rows to generate (stops at the first day past it). */
  rows: number;
  /** Midnight UTC of the first study day. */
  start: number;
  newPerDay?: number;
  seed?: number;
  /** Schedule with the app's fuzz (deterministic per item and time), as the app does. */
  fuzz?: boolean;
}

export interface History {
  log: ReviewLogEntry[];
  memory: MemoryRecord[];
  /** The time just after the last review. */
  end: number;
}

interface Card {
  id: string;
  app: MemoryState | null;
  real: MemoryState | null;
}

export function generateHistory(options: HistoryOptions): History {
  const rand = seededRandom(options.seed ?? 7);
  const app = createScheduler({
    retention: 0.9,
    learningSteps: ['1m', '10m'],
    relearningSteps: ['10m'],
    fuzz: options.fuzz ?? false,
  });
  const real = createScheduler({
    retention: 0.9,
    learningSteps: ['1m', '10m'],
    relearningSteps: ['10m'],
    fuzz: false,
    parameters: TRUE_PARAMETERS,
  });
  const decay = -(TRUE_PARAMETERS[20] ?? 0.5);
  const factor = 0.9 ** (1 / decay) - 1;
  const recalled = (state: MemoryState | null, at: number) => {
    if (state === null || state.lastReview === null) return rand() > 0.3;
    const days = (at - state.lastReview) / DAY;
    return rand() < (1 + (factor * days) / state.stability) ** decay;
  };
  const gradeOf = (ok: boolean): Grade => {
    if (!ok) return 'again';
    const r = rand();
    return r < 0.1 ? 'hard' : r < 0.9 ? 'good' : 'easy';
  };
  const cards: Card[] = [];
  const log: ReviewLogEntry[] = [];
  let now = options.start;
  for (let day = 0; log.length < options.rows; day++) {
    const session = options.start + day * DAY + 9 * 3_600_000 + Math.floor(rand() * 2 * 3_600_000);
    const sessionEnd = session + 3 * 3_600_000;
    for (let i = 0; i < (options.newPerDay ?? 20); i++)
      cards.push({ id: `gen-${String(cards.length).padStart(5, '0')}`, app: null, real: null });
    now = Math.max(now, session);
    // Only cards due within the session can come up in it (a card's due changes only when graded).
    let dueCards = cards.filter((card) => (card.app?.due ?? session) <= sessionEnd);
    for (;;) {
      let next: Card | undefined;
      let nextDue = Infinity;
      for (const card of dueCards) {
        const due = card.app?.due ?? session;
        if (due < nextDue) [next, nextDue] = [card, due];
      }
      if (!next || nextDue > sessionEnd || log.length >= options.rows) break;
      now = Math.max(now + 5_000 + Math.floor(rand() * 10_000), nextDue);
      const grade = gradeOf(recalled(next.real, now));
      const after = app.grade(next.app, now, grade);
      log.push({
        itemId: next.id,
        kind: 'card',
        reviewedAt: now,
        grade,
        before: next.app,
        after,
        durationMs: 6_000,
      });
      next.app = after;
      next.real = real.grade(next.real, now, grade);
      if (after.due > sessionEnd) dueCards = dueCards.filter((card) => card !== next);
    }
  }
  const memory: MemoryRecord[] = cards.flatMap((c) =>
    c.app ? [{ ...c.app, itemId: c.id, kind: 'card' as const }] : [],
  );
  return { log, memory, end: now + 60_000 };
}
