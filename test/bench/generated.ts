/** Generated study data both benchmark pages use (study: bench.tsx, progress: progress.tsx). */
import type { Random } from '../../src/domain/random';
import type { MemoryState } from '../../src/schema/study';

const DAY = 86_400_000;

/** A studied item's state around `now` (30 % never studied: null), as a long-time learner has. */
export function randomState(rand: Random, now: number): MemoryState | null {
  const r = rand();
  if (r < 0.3) return null; // never studied
  const phase = r < 0.38 ? 'learning' : 'review';
  const due = phase === 'learning' ? now - rand() * 600_000 : now + (rand() * 90 - 30) * DAY;
  return {
    due,
    stability: 1 + rand() * 60,
    difficulty: 1 + rand() * 9,
    scheduledDays: Math.round(rand() * 60),
    learningSteps: 0,
    reps: 1 + Math.floor(rand() * 20),
    lapses: Math.floor(rand() * 3),
    phase,
    lastReview: due - (1 + rand() * 30) * DAY,
  };
}
