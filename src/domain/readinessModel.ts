/**
 * The readiness model's form and constants, apart from the data plumbing in `readiness.ts`.
 *
 * For each domain d, the chance p_d of answering an unseen question of d right has a Beta
 * posterior built from two kinds of evidence:
 *
 * 1. Memory: the mean predicted recall m_d on the target date of the domain's items, an item never
 *    studied counting 0. Knowing an item's point answers its question; not knowing it leaves a
 *    guess: r_d = GUESS_RATE + (1 − GUESS_RATE)·m_d. So an unstudied item's prior chance is the
 *    guess rate. This enters as a Beta prior with mean r_d and strength
 *    n_d = PRIOR_STRENGTH + RECALL_STRENGTH · (studied_d / items_d).
 * 2. Practice: unseen practice-exam answers of the domain, c right and w wrong (each weighted
 *    1, or by age when it is known), added as Bernoulli observations.
 *
 *    p_d ~ Beta(n_d·r_d + c, n_d·(1 − r_d) + w)
 *
 * Overall = Σ ŵ_d·p_d with ŵ the exam's domain weights renormalised over the domains the app has
 * items or answers for (the Lambda part). Its band is a normal approximation: mean ± z·sd with
 * var = Σ ŵ_d²·Var(p_d) (domains independent), clipped to [0, 1]; the domain bands use the same
 * approximation. All bands are central 80 % intervals.
 */

/**
 * A blind guess on a four-option single-answer question, the common AWS format. "Select TWO" of
 * five is harder to guess (1 in 10), but ruling out one absurd option is easier than that: a
 * quarter is the round figure between. A practice score below it pulls the estimate down anyway.
 */
export const GUESS_RATE = 0.25;

/**
 * The prior's own weight in answers, when nothing is studied: 2 is the weight of a uniform
 * Beta(1, 1), centred here on the guess rate. Weak on purpose: one practice exam outweighs it.
 */
export const PRIOR_STRENGTH = 2;

/**
 * What the memory model is worth, in practice answers, once every item of a domain is studied
 * (scaled down by the share studied: unstudied items are only a prior). A full 65-question
 * exam puts 12 to 21 answers in each DVA-C02 domain (18 % to 32 %), so with 20 one full practice
 * exam weighs about as much as the memory model, and two outweigh it. Recall of a card is not an
 * exam answer (the question tests applying it, among distractors), so the measured answers must
 * be able to overrule it.
 */
export const RECALL_STRENGTH = 20;

/**
 * Practice answers lose half their weight every 30 days when their time is known: an exam is
 * typically prepared over 4 to 12 weeks, and an answer from the first week says little about
 * the learner in the last one.
 */
export const PRACTICE_HALF_LIFE_DAYS = 30;

/** Central 80 % band: z = Φ⁻¹(0.9). */
export const BAND_LEVEL = 0.8;
export const BAND_Z = 1.2815515655446004;

/**
 * Enough data once the overall band is at most ±10 points. The pass mark is about 72 %; a band
 * 20 points wide still separates "likely pass" from "likely fail" for a learner 10 points away
 * from it, and a wider one says nothing the learner could act on. With four domains weighted
 * like DVA-C02 and nothing studied, that takes 19 to 30 unseen answers (estimate 25 % to 50 %),
 * about a third of a practice exam; or, with no answers, studying about a quarter of the items.
 */
export const ENOUGH_HALF_WIDTH = 0.1;

export interface BetaEvidence {
  /** Prior mean: the chance implied by recall. */
  recallChance: number;
  /** Prior strength n_d, in answers. */
  priorStrength: number;
  /** Weighted practice answers. */
  correct: number;
  total: number;
}

export interface Estimate {
  mean: number;
  /** The 80 % band. */
  low: number;
  high: number;
}

export interface Posterior extends Estimate {
  /** a + b: the evidence behind it, in answers. */
  strength: number;
  variance: number;
}

export function recallChance(meanRecall: number): number {
  return GUESS_RATE + (1 - GUESS_RATE) * meanRecall;
}

export function priorStrength(studied: number, items: number): number {
  return PRIOR_STRENGTH + (items === 0 ? 0 : (RECALL_STRENGTH * studied) / items);
}

export function posterior(e: BetaEvidence): Posterior {
  const a = e.priorStrength * e.recallChance + e.correct;
  const b = e.priorStrength * (1 - e.recallChance) + (e.total - e.correct);
  const strength = a + b;
  const mean = a / strength;
  const variance = betaVariance(mean, strength);
  return { mean, strength, variance, ...band(mean, variance) };
}

/** Var of Beta(a, b) from its mean μ and strength n = a + b: μ(1 − μ)/(n + 1). */
export function betaVariance(mean: number, strength: number): number {
  return (mean * (1 - mean)) / (strength + 1);
}

export function band(mean: number, variance: number): Pick<Estimate, 'low' | 'high'> {
  const half = halfWidth(variance);
  return { low: Math.max(0, mean - half), high: Math.min(1, mean + half) };
}

export function halfWidth(variance: number): number {
  return BAND_Z * Math.sqrt(variance);
}

/** The weight of an answer given `ageMs` ago (1 when its time is unknown or in the future). */
export function answerWeight(ageMs: number | null): number {
  if (ageMs === null || ageMs <= 0) return 1;
  return 0.5 ** (ageMs / (PRACTICE_HALF_LIFE_DAYS * 86_400_000));
}
