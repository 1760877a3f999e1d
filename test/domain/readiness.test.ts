/**
 * Exam readiness on the fixture exam (DVA-C02, domains weighted 32/26/24/18), with a fake
 * retrievability that reads each item's predicted recall from its stability. Asserts a worked
 * example by hand (both evidence kinds, two domains counted, two not), the prior alone, the
 * "not enough data" threshold and what it asks for, the band narrowing with evidence, the date
 * recall is predicted for, which answers count and how age discounts them, and items spanning
 * domains. Expected values are worked out in the comments from the constants in readinessModel.
 */
import { describe, expect, it } from 'vitest';
import { readiness, type PracticeAnswer, type ReadinessInput } from '../../src/domain/readiness';
import {
  ENOUGH_HALF_WIDTH,
  GUESS_RATE,
  PRIOR_STRENGTH,
  RECALL_STRENGTH,
} from '../../src/domain/readinessModel';
import { newMemoryState } from '../../src/domain/scheduler';
import type { MemoryState } from '../../src/schema/study';
import { exam } from './examBank';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 1, 10);
const studied = (recall: number): MemoryState => ({
  ...newMemoryState(now),
  phase: 'review',
  stability: recall,
  lastReview: now - DAY,
  reps: 3,
});
const retrievability = (s: MemoryState) => s.stability;
const item = (id: string, ...tasks: string[]) => ({ id, tasks: tasks.map((t) => `DVA-C02:${t}`) });
const answers = (
  domain: number | null,
  right: number,
  wrong: number,
  extra: Partial<PracticeAnswer> = {},
) => [
  ...Array.from({ length: right }, () => ({ domain, correct: true, wasUnseen: true, ...extra })),
  ...Array.from({ length: wrong }, () => ({ domain, correct: false, wasUnseen: true, ...extra })),
];

const run = (overrides: Partial<ReadinessInput>) =>
  readiness({
    exam,
    items: [],
    states: new Map(),
    retrievability,
    now,
    examDate: null,
    practice: [],
    ...overrides,
  });

describe('the model constants', () => {
  it('are the documented ones', () => {
    expect([GUESS_RATE, PRIOR_STRENGTH, RECALL_STRENGTH, ENOUGH_HALF_WIDTH]).toEqual([
      0.25, 2, 20, 0.1,
    ]);
  });
});

describe('a worked example', () => {
  // Domain 1: 4 items, 2 studied with recall 0.9 and 0.7 → mean recall 1.6/4 = 0.4;
  //   recall chance 0.25 + 0.75·0.4 = 0.55; prior strength 2 + 20·2/4 = 12;
  //   4 of 6 unseen answers right → Beta(12·0.55 + 4, 12·0.45 + 2) = Beta(10.6, 7.4):
  //   mean 10.6/18 = 0.58889, var 0.58889·0.41111/19 = 0.012742, ±1.28155·0.11288 = ±0.14466.
  // Domain 2: 2 items, both studied, recall 1.0 and 0.8 → 0.9; chance 0.925; strength 22;
  //   2 of 3 unseen answers right → Beta(22.35, 2.65): mean 0.894, var 0.894·0.106/26 = 0.0036448,
  //   ±0.07737. Domains 3 and 4: no items, no answers: not counted.
  // Overall: shares 32/58 and 26/58: mean 0.55172·0.58889 + 0.44828·0.894 = 0.72566;
  //   var 0.55172²·0.012742 + 0.44828²·0.0036448 = 0.0046111, ±0.08702: enough data.
  const result = run({
    items: [
      item('a', '1.1'),
      item('b', '1.2'),
      item('c', '1.3'),
      item('d', '1.1'),
      item('e', '2.1'),
      item('f', '2.2'),
    ],
    states: new Map([
      ['a', studied(0.9)],
      ['b', studied(0.7)],
      ['e', studied(1)],
      ['f', studied(0.8)],
    ]),
    practice: [
      ...answers(1, 4, 2),
      ...answers(2, 2, 1),
      { domain: 2, correct: false, wasUnseen: false }, // seen before: not evidence
      { domain: 2, correct: false, wasUnseen: true, answered: false }, // left blank
      { domain: null, correct: true, wasUnseen: true }, // no domain of this exam
    ],
  });

  it('estimates each domain from recall and unseen answers', () => {
    const [d1, d2, d3, d4] = result.domains;
    expect(d1).toMatchObject({ domain: 1, counted: true, items: 4, studied: 2, strength: 18 });
    expect(d1?.meanRecall).toBeCloseTo(0.4, 10);
    expect(d1?.recallChance).toBeCloseTo(0.55, 10);
    expect(d1?.practice).toEqual({ correct: 4, total: 6 });
    expect(d1?.mean).toBeCloseTo(0.58889, 5);
    expect(d1?.low).toBeCloseTo(0.58889 - 0.14466, 4);
    expect(d1?.high).toBeCloseTo(0.58889 + 0.14466, 4);
    expect(d2).toMatchObject({ items: 2, studied: 2, practice: { correct: 2, total: 3 } });
    expect(d2?.mean).toBeCloseTo(0.894, 10);
    expect(d2?.low).toBeCloseTo(0.894 - 0.07737, 4);
    expect(d3).toMatchObject({ counted: false, share: 0, items: 0, mean: 0.25 });
    expect(d4?.counted).toBe(false);
  });

  it('weights the counted domains into one figure with its band', () => {
    expect(result.domains[0]?.share).toBeCloseTo(32 / 58, 10);
    expect(result.domains[1]?.share).toBeCloseTo(26 / 58, 10);
    expect(result.overall.mean).toBeCloseTo(0.72566, 5);
    expect(result.overall.low).toBeCloseTo(0.72566 - 0.08702, 4);
    expect(result.overall.high).toBeCloseTo(0.72566 + 0.08702, 4);
    expect(result).toMatchObject({ enoughData: true, need: '', needItems: 0, needAnswers: 0 });
  });
});

describe('with little evidence', () => {
  it('falls back on the guess rate for items never studied, with a wide band', () => {
    // Beta(0.5, 1.5): mean 0.25, var 0.1875/3 = 0.0625, ±1.28155·0.25 = ±0.32039, clipped at 0.
    const result = run({ items: Array.from({ length: 10 }, (_, i) => item(`c${i}`, '1.1')) });
    expect(result.domains[0]).toMatchObject({ counted: true, share: 1, strength: 2, low: 0 });
    expect(result.overall.mean).toBeCloseTo(0.25, 10);
    expect(result.overall.low).toBe(0);
    expect(result.overall.high).toBeCloseTo(0.57039, 5);
    // Answers at the current mean: var 0.1875/(3 + k) ≤ (0.1/1.28155)² = 0.0060888 → k ≥ 27.8.
    // Studying all 10 items adds only 20: 0.1875/23 = 0.00815, still too wide.
    expect(result).toMatchObject({ enoughData: false, needAnswers: 28, needItems: null });
    expect(result.need).toBe(
      'Not enough data yet: answer 28 practice-exam questions you have not seen to narrow the estimate.',
    );
  });

  it('asks for items or answers across four domains', () => {
    // 25 unstudied items a domain; Σ share² = 0.32² + 0.26² + 0.24² + 0.18² = 0.26.
    // Items: k spread evenly adds 20·k/100 a domain: 0.26·0.1875/(3 + 0.2k) ≤ 0.0060888 → k ≥ 25.03.
    // Answers spread by weight: Σ share²·0.1875/(3 + k·share) ≤ 0.0060888 first holds at k = 19.
    const items = [1, 2, 3, 4].flatMap((d) =>
      Array.from({ length: 25 }, (_, i) => item(`d${d}-${i}`, `${d}.1`)),
    );
    const result = run({ items });
    expect(result).toMatchObject({ enoughData: false, needItems: 26, needAnswers: 19 });
    expect(result.need).toBe(
      'Not enough data yet: study 26 more new items or answer 19 practice-exam questions you have not seen to narrow the estimate.',
    );
  });

  it('narrows the band as answers accumulate, until there is enough data', () => {
    const items = [item('x', '1.1')];
    const width = (right: number, wrong: number) => {
      const r = run({ items, practice: answers(1, right, wrong) });
      return { width: r.overall.high - r.overall.low, enough: r.enoughData };
    };
    const steps = [width(0, 0), width(3, 1), width(15, 5), width(30, 10)];
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]?.width).toBeLessThan(steps[i - 1]?.width ?? 0);
    }
    // 30 of 40: Beta(30.5, 11.5), mean 0.72619, var 0.0046241, ±0.08714.
    expect(steps.map((s) => s.enough)).toEqual([false, false, false, true]);
  });

  it('counts every domain on the prior when there is nothing at all', () => {
    const result = run({});
    expect(result.domains.map((d) => d.share)).toEqual([0.32, 0.26, 0.24, 0.18]);
    expect(result.overall.mean).toBeCloseTo(0.25, 10);
    expect(result.enoughData).toBe(false);
  });
});

describe('what counts as evidence', () => {
  it('predicts recall on the exam date when it is ahead, else now', () => {
    const seen: number[] = [];
    const spy = (s: MemoryState, at: number) => (seen.push(at), s.stability);
    const input = { items: [item('a', '1.1')], states: new Map([['a', studied(0.5)]]) };
    const examDate = now + 30 * DAY;
    expect(run({ ...input, retrievability: spy, examDate }).at).toBe(examDate);
    expect(run({ ...input, retrievability: spy, examDate: now - DAY }).at).toBe(now);
    expect(seen).toEqual([examDate, now]);
  });

  it('halves the weight of answers every 30 days', () => {
    const practice = [
      ...answers(1, 1, 0, { at: now - 30 * DAY }),
      ...answers(1, 0, 1, { at: now - 60 * DAY }),
      ...answers(1, 1, 0, { at: now }),
    ];
    expect(run({ practice }).domains[0]?.practice).toEqual({ correct: 1.5, total: 1.75 });
  });

  it('counts an item in each domain its tasks belong to, and ignores tasks of other exams', () => {
    const result = run({
      items: [item('both', '1.1', '3.2'), { id: 'other', tasks: ['SAA-C03:1.1'] }],
      states: new Map([['both', studied(0.6)]]),
    });
    expect(result.domains.map((d) => [d.items, d.studied])).toEqual([
      [1, 1],
      [0, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(result.domains[2]?.meanRecall).toBeCloseTo(0.6, 10);
  });
});
