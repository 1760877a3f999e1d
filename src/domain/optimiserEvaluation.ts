/**
 * How well a set of FSRS parameters predicts a learner's reviews: log loss and RMSE (bins), the
 * two figures FSRS's optimiser and the open srs-benchmark report. Pure.
 */
import type { TrainingItem } from './optimiserData';
import type { ReviewStep } from './scheduler';

/** A predicted probability of recall and whether the item was recalled (any grade but Again). */
export interface Prediction {
  p: number;
  recalled: boolean;
}

export interface Metrics {
  logLoss: number;
  rmseBins: number;
  /** How many reviews the figures are measured on. */
  reviews: number;
}

/** Probabilities are kept off 0 and 1 so one confident miss cannot make the loss infinite. */
const EPSILON = 1e-7;

/** Mean binary cross-entropy (natural log): −mean(y·ln p + (1−y)·ln(1−p)). */
export function logLoss(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return NaN;
  let sum = 0;
  for (const { p, recalled } of predictions) {
    const q = Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    sum -= recalled ? Math.log(q) : Math.log(1 - q);
  }
  return sum / predictions.length;
}

/**
 * fsrs-rs's bin of a prediction: 20 bins, narrower towards 1 (where most predictions fall):
 * floor(21^p) − 1, kept within 0–19.
 */
export function binOf(p: number): number {
  return Math.min(Math.max(Math.floor(Math.exp(p * Math.log(21))) - 1, 0), 19);
}

/**
 * RMSE (bins), as fsrs-rs computes it: predictions grouped by bin; in each bin the mean
 * prediction against the share recalled; the root of the count-weighted mean squared gap.
 */
export function rmseBins(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return NaN;
  const bins = new Map<number, { n: number; p: number; y: number }>();
  for (const { p, recalled } of predictions) {
    const key = binOf(p);
    const bin = bins.get(key) ?? { n: 0, p: 0, y: 0 };
    bin.n += 1;
    bin.p += p;
    bin.y += recalled ? 1 : 0;
    bins.set(key, bin);
  }
  let sum = 0;
  for (const { n, p, y } of bins.values()) sum += n * (p / n - y / n) ** 2;
  return Math.sqrt(sum / predictions.length);
}

/** The predictions of `predict` for each item's last review, and the metrics over them. */
export function evaluate(
  items: readonly TrainingItem[],
  predict: (history: readonly ReviewStep[]) => number,
): Metrics {
  const predictions = items.map(({ history }) => ({
    p: predict(history),
    recalled: (history.at(-1)?.[0] ?? 1) > 1,
  }));
  return { logLoss: logLoss(predictions), rmseBins: rmseBins(predictions), reviews: items.length };
}

/**
 * Whether fitted parameters should be offered: they must predict the held-out reviews better on
 * both figures than the parameters in use now.
 */
export function fitIsBetter(current: Metrics, fitted: Metrics): boolean {
  return fitted.logLoss < current.logLoss && fitted.rmseBins <= current.rmseBins;
}
