/**
 * Retaking a practice exam: the same questions, or only those missed (wrong or unanswered),
 * in a new seeded order with new option orders.
 */
import { arrangeAttempt, type DrawnQuestion } from './examDraw';
import type { AttemptResult } from './examScoring';
import { seededRandom } from './random';

export type RetakeChoice = 'all' | 'missed';

/**
 * The retake's questions. Questions the result left out (removed from the content) are dropped.
 * Option counts come from the previous option orders: draw afresh if the content has changed.
 */
export function retakeSet(
  drawn: readonly DrawnQuestion[],
  result: Pick<AttemptResult, 'perQuestion'>,
  which: RetakeChoice,
  seed: number,
): DrawnQuestion[] {
  const right = new Map(result.perQuestion.map((q) => [q.id, q.correct]));
  const kept = drawn.filter(
    (d) => right.has(d.id) && (which === 'all' || right.get(d.id) === false),
  );
  return arrangeAttempt(
    kept.map((d) => ({ id: d.id, optionCount: d.optionOrder.length })),
    seededRandom(seed),
  );
}
