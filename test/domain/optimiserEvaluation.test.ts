import { describe, expect, it } from 'vitest';
import {
  binOf,
  evaluate,
  fitIsBetter,
  logLoss,
  rmseBins,
} from '../../src/domain/optimiserEvaluation';
import type { TrainingItem } from '../../src/domain/optimiserData';

// Hand-computed:
//   log loss of (0.9, recalled), (0.8, forgotten), (0.5, recalled)
//     = −(ln 0.9 + ln 0.2 + ln 0.5) / 3 = (0.1053605 + 1.6094379 + 0.6931472) / 3 = 0.8026485
//   bins: floor(21^p) − 1 → 21^0.9 = 15.49 → 14; 21^0.8 = 11.42 → 10; 21^0.5 = 4.58 → 3
//   three bins of one: RMSE = √((0.1² + 0.8² + 0.5²) / 3) = √0.3 = 0.5477226
const three = [
  { p: 0.9, recalled: true },
  { p: 0.8, recalled: false },
  { p: 0.5, recalled: true },
];

describe('log loss', () => {
  it('is the mean binary cross-entropy', () => {
    expect(logLoss(three)).toBeCloseTo(0.8026485, 6);
  });
  it('stays finite for a certain prediction that was wrong', () => {
    expect(logLoss([{ p: 1, recalled: false }])).toBeCloseTo(-Math.log(1e-7), 6);
  });
});

describe('RMSE (bins)', () => {
  it('puts predictions in fsrs-rs’s 20 bins, narrower towards 1', () => {
    expect([0, 0.5, 0.8, 0.9, 0.91, 0.99, 1].map(binOf)).toEqual([0, 3, 10, 14, 14, 19, 19]);
  });
  it('is the count-weighted gap between mean prediction and share recalled per bin', () => {
    expect(rmseBins(three)).toBeCloseTo(Math.sqrt(0.3), 6);
    // One bin (14) of two: mean p 0.905, share recalled 0.5 → 0.405.
    const oneBin = [
      { p: 0.9, recalled: true },
      { p: 0.91, recalled: false },
    ];
    expect(rmseBins(oneBin)).toBeCloseTo(0.405, 6);
    // Both: bins 14 (n 2, gap 0.405) and 3 (n 1, gap 0.5) → √((2·0.405² + 0.5²) / 3) = √(0.57805 / 3).
    expect(rmseBins([...oneBin, { p: 0.5, recalled: true }])).toBeCloseTo(
      Math.sqrt(0.57805 / 3),
      6,
    );
  });
});

describe('evaluate', () => {
  it('predicts each item’s last review and counts Again as forgotten', () => {
    const items: TrainingItem[] = [
      {
        history: [
          [3, 0],
          [3, 2],
        ],
        at: 1,
      },
      {
        history: [
          [3, 0],
          [1, 3],
        ],
        at: 2,
      },
      {
        history: [
          [1, 0],
          [3, 0],
          [2, 5],
        ],
        at: 3,
      },
    ];
    const byLength: Record<number, number> = { 2: 0.9, 3: 0.5 };
    const seen: number[] = [];
    const m = evaluate(items, (h) => {
      seen.push(h.length);
      return byLength[h.length] ?? NaN;
    });
    // (0.9, recalled), (0.9, forgotten), (0.5, recalled, Hard): −(ln 0.9 + ln 0.1 + ln 0.5) / 3
    expect(m.logLoss).toBeCloseTo((0.1053605 + 2.3025851 + 0.6931472) / 3, 6);
    // Bins 14 (n 2: mean 0.9, share 0.5) and 3 (n 1: gap 0.5) → √((2·0.16 + 0.25) / 3)
    expect(m.rmseBins).toBeCloseTo(Math.sqrt(0.57 / 3), 6);
    expect(m.reviews).toBe(3);
    expect(seen).toEqual([2, 2, 3]);
  });
});

describe('fitIsBetter', () => {
  const base = { logLoss: 0.35, rmseBins: 0.05, reviews: 100 };
  it('needs a lower log loss and an RMSE no higher', () => {
    expect(fitIsBetter(base, { ...base, logLoss: 0.34, rmseBins: 0.04 })).toBe(true);
    expect(fitIsBetter(base, { ...base, logLoss: 0.34, rmseBins: 0.05 })).toBe(true);
    expect(fitIsBetter(base, { ...base, logLoss: 0.34, rmseBins: 0.06 })).toBe(false);
    expect(fitIsBetter(base, { ...base, logLoss: 0.35, rmseBins: 0.01 })).toBe(false);
  });
});
