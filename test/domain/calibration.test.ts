/**
 * Calibration of readiness against practice exams, on three hand-worked attempts. Asserts: only
 * unseen, answered questions count; a question whose domain has no prediction (or no domain)
 * uses the overall one; an attempt's overall prediction follows its own mix of questions; the
 * pairs, both mean absolute errors, the Brier score and its base-rate reference; an attempt with
 * no unseen answers and an empty history.
 */
import { describe, expect, it } from 'vitest';
import { calibration, type CalibrationAttempt } from '../../src/domain/calibration';

const q = (domain: number | null, correct: boolean, wasUnseen = true, answered = true) => ({
  domain,
  correct,
  wasUnseen,
  answered,
});

const attempts: CalibrationAttempt[] = [
  {
    id: 'A',
    predicted: {
      overall: { mean: 0.7 },
      domains: [
        { domain: 1, mean: 0.8 },
        { domain: 2, mean: 0.6 },
      ],
    },
    perQuestion: [
      q(1, true),
      q(2, true),
      q(1, true),
      q(1, false),
      q(2, false),
      q(1, false, false), // seen before: not counted
      q(3, true), // no prediction for domain 3: the overall 0.7
      q(null, false), // no domain: the overall 0.7
      q(2, false, true, false), // left blank: not counted
    ],
  },
  {
    id: 'B',
    predicted: { overall: { mean: 0.5 }, domains: [{ domain: 1, mean: 0.5 }] },
    perQuestion: [q(1, true), q(1, true), q(2, false)],
  },
  {
    id: 'C', // a retake of seen questions only: nothing to compare
    predicted: { overall: { mean: 0.9 }, domains: [] },
    perQuestion: [q(1, true, false)],
  },
];

describe('calibration', () => {
  const result = calibration(attempts);

  it('pairs what was predicted with what was scored, per attempt and per domain', () => {
    // A: 7 counted answers, predictions 0.8 ×3, 0.6 ×2, 0.7 ×2 → (2.4 + 1.2 + 1.4)/7 = 5/7;
    //    4 right → 4/7. Domain 1: 0.8 vs 2/3; 2: 0.6 vs 1/2; 3: 0.7 vs 1.
    // B: 0.5 ×3 vs 2/3; domain 1: 0.5 vs 1; domain 2 (no prediction): 0.5 vs 0.
    const rounded = result.pairs.map((p) => ({
      ...p,
      predicted: Math.round(p.predicted * 1e6) / 1e6,
      actual: Math.round(p.actual * 1e6) / 1e6,
    }));
    expect(rounded).toEqual([
      { attemptId: 'A', domain: null, predicted: 0.714286, actual: 0.571429, answers: 7 },
      { attemptId: 'A', domain: 1, predicted: 0.8, actual: 0.666667, answers: 3 },
      { attemptId: 'A', domain: 2, predicted: 0.6, actual: 0.5, answers: 2 },
      { attemptId: 'A', domain: 3, predicted: 0.7, actual: 1, answers: 1 },
      { attemptId: 'B', domain: null, predicted: 0.5, actual: 0.666667, answers: 3 },
      { attemptId: 'B', domain: 1, predicted: 0.5, actual: 1, answers: 2 },
      { attemptId: 'B', domain: 2, predicted: 0.5, actual: 0, answers: 1 },
    ]);
  });

  it('gives the mean absolute errors', () => {
    // Overall: (1/7 + 1/6)/2 = 0.154762. Domains: (2/15 + 0.1 + 0.3 + 0.5 + 0.5)/5 = 0.306667.
    expect(result.overall.pairs).toBe(2);
    expect(result.overall.mae).toBeCloseTo(0.154762, 6);
    expect(result.byDomain.pairs).toBe(5);
    expect(result.byDomain.mae).toBeCloseTo(0.306667, 6);
  });

  it('gives the Brier score over single answers, beside the base rate', () => {
    // A: 0.2² ×2 + 0.8² + 0.4² + 0.6² + 0.3² + 0.7² = 0.08 + 0.64 + 0.16 + 0.36 + 0.09 + 0.49 = 1.82.
    // B: 0.5² ×3 = 0.75. Over 10 answers: 2.57/10 = 0.257. 6 of 10 right: 0.6·0.4 = 0.24.
    expect(result.answers).toBe(10);
    expect(result.brier).toBeCloseTo(0.257, 10);
    expect(result.baseRateBrier).toBeCloseTo(0.24, 10);
  });

  it('is empty with no unseen answers', () => {
    expect(calibration([])).toEqual({
      pairs: [],
      overall: { mae: null, pairs: 0 },
      byDomain: { mae: null, pairs: 0 },
      brier: null,
      baseRateBrier: null,
      answers: 0,
    });
    expect(calibration(attempts.slice(2)).answers).toBe(0);
  });

  it('scores perfect predictions 0', () => {
    const sure: CalibrationAttempt = {
      id: 'S',
      predicted: { overall: { mean: 1 }, domains: [{ domain: 1, mean: 1 }] },
      perQuestion: [q(1, true), q(1, true)],
    };
    expect(calibration([sure])).toMatchObject({ brier: 0, overall: { mae: 0 } });
  });
});
