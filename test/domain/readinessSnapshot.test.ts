/**
 * The readiness snapshot stored on each practice-exam attempt, and the practice answers read
 * from stored attempts. A worked example by hand on the fixture exam (DVA-C02, four domains):
 * only domain 2 has evidence, from two submitted attempts, one of them 30 days old (half weight).
 */
import { describe, expect, it } from 'vitest';
import { readiness } from '../../src/domain/readiness';
import { practiceAnswersOf, readinessSnapshot } from '../../src/domain/readinessSnapshot';
import type { StoredAttemptResult } from '../../src/schema/examAttempt';
import { exam } from './examBank';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 30, 10);

type Row = StoredAttemptResult['perQuestion'][number];
const question = (domain: number | null, correct: boolean, more: Partial<Row> = {}): Row => ({
  id: `q-${Math.random()}`,
  title: 'Q',
  domain,
  tasks: [],
  difficulty: 'medium',
  selected: [0],
  correct,
  answered: true,
  flagged: false,
  timeMs: 1000,
  wasUnseen: true,
  ...more,
});
const attempt = (submittedAt: number | null, perQuestion: Row[]) => ({
  submittedAt,
  result: submittedAt === null ? null : ({ perQuestion } as unknown as StoredAttemptResult),
});

const attempts = [
  attempt(now, [
    question(2, true),
    question(2, true),
    question(2, false),
    question(2, false, { wasUnseen: false }), // seen before: not evidence
    question(2, false, { answered: false, selected: [] }), // left blank
  ]),
  attempt(now - 30 * DAY, [question(2, true)]), // one half-life old: weight 0.5
  attempt(null, [question(2, false)]), // never submitted: nothing
];

describe('practice answers from stored attempts', () => {
  it('takes every answer of submitted attempts, dated by the submission', () => {
    const answers = practiceAnswersOf(attempts);
    expect(answers).toHaveLength(6);
    expect(answers[0]).toEqual({
      domain: 2,
      correct: true,
      wasUnseen: true,
      answered: true,
      at: now,
    });
    expect(answers[4]).toMatchObject({ answered: false });
    expect(answers[5]).toMatchObject({ correct: true, at: now - 30 * DAY });
  });
});

describe('the snapshot stored on an attempt', () => {
  // Domain 2, no items: recall chance 0.25, prior strength 2 → prior Beta(0.5, 1.5); unseen
  // answers 2 right + 1 wrong now, 1 right at half weight: Beta(0.5 + 2.5, 1.5 + 1) = Beta(3, 2.5):
  // mean 3/5.5 = 0.54545, var 0.54545·0.45455/6.5 = 0.038144, ±1.28155·0.19530 = ±0.25029.
  // Only domain 2 is counted, so the overall figure is its own. Domains 1, 3, 4: the prior, 0.25.
  const r = readiness({
    exam,
    items: [],
    states: new Map(),
    retrievability: () => 0,
    now,
    examDate: null,
    practice: practiceAnswersOf(attempts),
  });

  it('keeps the overall figure with its band, each domain mean, and whether it was enough', () => {
    const snapshot = readinessSnapshot(r);
    expect(snapshot.overall.mean).toBeCloseTo(0.54545, 5);
    expect(snapshot.overall.low).toBeCloseTo(0.54545 - 0.25029, 4);
    expect(snapshot.overall.high).toBeCloseTo(0.54545 + 0.25029, 4);
    expect(snapshot.domains.map((d) => d.domain)).toEqual([1, 2, 3, 4]);
    expect(snapshot.domains.map((d) => d.mean)).toEqual([0.25, snapshot.overall.mean, 0.25, 0.25]);
    expect(snapshot.enoughData).toBe(false);
  });
});
