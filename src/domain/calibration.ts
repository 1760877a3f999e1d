/**
 * Calibration shown, not claimed: for each submitted practice exam, what readiness predicted just
 * before it against what the learner scored, and a Brier score over the single answers.
 *
 * Only answers to questions unseen at the time count (readiness predicts those), and not blanks
 * left when time ran out. An attempt's overall prediction is the mean of the predictions for its
 * own unseen questions (its domain's, or the overall figure for a question of no domain), so an
 * attempt that leans on one domain, or a domain-only practice, is compared like for like.
 */

export interface PredictedReadiness {
  overall: { mean: number };
  domains: readonly { domain: number; mean: number }[];
}

export interface CalibrationAttempt {
  id: string;
  /** Readiness computed just before the attempt started, with recall at that time (not the exam date). */
  predicted: PredictedReadiness;
  perQuestion: readonly {
    domain: number | null;
    correct: boolean;
    wasUnseen: boolean;
    answered?: boolean;
  }[];
}

export interface CalibrationPair {
  attemptId: string;
  /** null: the attempt overall. */
  domain: number | null;
  predicted: number;
  /** Share of the unseen answers right. */
  actual: number;
  answers: number;
}

export interface ErrorSummary {
  /** Mean |predicted − actual| over the pairs; null with none. */
  mae: number | null;
  pairs: number;
}

export interface Calibration {
  /** Per attempt in the given order: the overall pair, then one per domain in ascending order. */
  pairs: CalibrationPair[];
  overall: ErrorSummary;
  byDomain: ErrorSummary;
  /** Mean (p − outcome)² over the unseen answers, 0 best; null with none. */
  brier: number | null;
  /**
   * The Brier score of predicting the learner's own share right for every answer (hindsight,
   * no skill): a prediction is worth something when `brier` is below it.
   */
  baseRateBrier: number | null;
  answers: number;
}

export function calibration(attempts: readonly CalibrationAttempt[]): Calibration {
  const pairs: CalibrationPair[] = [];
  const outcomes: { p: number; y: number }[] = [];
  for (const attempt of attempts) {
    const byDomain = new Map(attempt.predicted.domains.map((d) => [d.domain, d.mean]));
    const scored = attempt.perQuestion
      .filter((q) => q.wasUnseen && q.answered !== false)
      .map((q) => ({
        domain: q.domain,
        p:
          (q.domain === null ? undefined : byDomain.get(q.domain)) ??
          attempt.predicted.overall.mean,
        y: q.correct ? 1 : 0,
      }));
    if (scored.length === 0) continue;
    outcomes.push(...scored);
    pairs.push({ attemptId: attempt.id, domain: null, ...pairOf(scored) });
    const domains = [...new Set(scored.flatMap((s) => (s.domain === null ? [] : [s.domain])))];
    for (const domain of domains.sort((a, b) => a - b)) {
      const mine = scored.filter((s) => s.domain === domain);
      pairs.push({ attemptId: attempt.id, domain, ...pairOf(mine) });
    }
  }
  const baseRate = mean(outcomes.map((o) => o.y));
  return {
    pairs,
    overall: errorSummary(pairs.filter((p) => p.domain === null)),
    byDomain: errorSummary(pairs.filter((p) => p.domain !== null)),
    brier: mean(outcomes.map((o) => (o.p - o.y) ** 2)),
    baseRateBrier: baseRate === null ? null : baseRate * (1 - baseRate),
    answers: outcomes.length,
  };
}

function pairOf(scored: readonly { p: number; y: number }[]) {
  return {
    predicted: mean(scored.map((s) => s.p)) ?? 0,
    actual: mean(scored.map((s) => s.y)) ?? 0,
    answers: scored.length,
  };
}

function errorSummary(pairs: readonly CalibrationPair[]): ErrorSummary {
  return { mae: mean(pairs.map((p) => Math.abs(p.predicted - p.actual))), pairs: pairs.length };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}
