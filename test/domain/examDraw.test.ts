/**
 * Drawing a practice exam from the fixed bank in examBank.ts (weights 32/26/24/18, 40 questions,
 * 10 of them "Select TWO"). Asserts: split by weight, shortfall passed on, caps, domain limit,
 * task coverage, unseen first, only unseen, multiple-response share, repeatability, option
 * orders, no duplicates.
 */
import { describe, expect, it } from 'vitest';
import { drawExam, type DrawInput } from '../../src/domain/examDraw';
import type { Question } from '../../src/schema/content';
import { bank, domainOf, exam, question } from './examBank';

const questions = bank();
const byId = new Map(questions.map((q) => [q.id, q]));
const SEEDS = Array.from({ length: 25 }, (_, i) => i * 7919 + 1);

const draw = (overrides: Partial<DrawInput> = {}) =>
  drawExam({
    exam,
    questions,
    length: 20,
    seen: new Set(),
    onlyUnseen: false,
    seed: 1,
    ...overrides,
  });

const ids = (drawn: ReturnType<typeof drawExam>) => drawn.questions.map((q) => q.id);

function perDomain(drawn: ReturnType<typeof drawExam>): number[] {
  return [1, 2, 3, 4].map((d) => ids(drawn).filter((id) => domainOf(id) === d).length);
}

const multipleCount = (drawn: ReturnType<typeof drawExam>) =>
  ids(drawn).filter((id) => (byId.get(id)?.select ?? 1) > 1).length;

describe('how many questions each domain gets', () => {
  it('splits the length by weight with the largest-remainder method', () => {
    // 20 × 32/26/24/18 % = 6.4 / 5.2 / 4.8 / 3.6 → floors 6 / 5 / 4 / 3 (18); the two left go to
    // the largest remainders, .8 (domain 3) and .6 (domain 4) → 6 / 5 / 5 / 4.
    for (const seed of SEEDS) expect(perDomain(draw({ seed }))).toEqual([6, 5, 5, 4]);
  });

  it('passes a short domain’s shortfall on to the others by weight', () => {
    const short = bank([12, 10, 10, 2]);
    // Domain 4 can give 2 of its 4: the 2 left over split 32/26/24 (of 82) = .78 / .63 / .59 →
    // floors 0 / 0 / 0, so the two largest remainders, domains 1 and 2, get one each.
    const drawn = drawExam({
      exam,
      questions: short,
      length: 20,
      seen: new Set(),
      onlyUnseen: false,
      seed: 5,
    });
    expect(perDomain(drawn)).toEqual([7, 6, 5, 2]);
  });

  it('caps the length at the exam’s question count and at what is available', () => {
    const drawn = draw({ length: 100 });
    expect(drawn.requested).toBe(65);
    expect(drawn.available).toBe(40);
    expect(new Set(ids(drawn))).toEqual(new Set(questions.map((q) => q.id)));
  });

  it('draws from one domain when limited to it', () => {
    const drawn = draw({ domain: 2 });
    expect(drawn).toMatchObject({ requested: 20, available: 10 });
    expect(perDomain(drawn)).toEqual([0, 10, 0, 0]);
    expect(perDomain(draw({ domain: 3, length: 4 }))).toEqual([0, 0, 4, 0]);
  });

  it('skips questions of other exams and those naming no task of this exam', () => {
    const extra: Question[] = [
      question('saa-only', ['SAA-C03:1.1'], 1, 'easy', ['SAA-C03']),
      question('no-dva-task', ['SAA-C03:1.1'], 1, 'easy', ['DVA-C02', 'SAA-C03']),
      // Counts toward domain 3: its first DVA-C02 task is 3.1.
      question('shared', ['SAA-C03:2.1', 'DVA-C02:3.1'], 1, 'easy', ['DVA-C02', 'SAA-C03']),
    ];
    const drawn = draw({ questions: [...questions, ...extra], length: 65 });
    expect(drawn.available).toBe(41);
    expect(ids(drawn)).toContain('shared');
    expect(ids(drawn)).not.toContain('saa-only');
    expect(ids(drawn)).not.toContain('no-dva-task');
    expect(draw({ questions: [...questions, ...extra], domain: 3, length: 65 }).available).toBe(11);
  });
});

describe('which questions are drawn', () => {
  it('covers every task statement when the length allows', () => {
    // 10 questions: 3.2 / 2.6 / 2.4 / 1.8 → 3 / 2 / 2 / 1, plus domains 4 (.8) and 2 (.6) →
    // 3 / 3 / 2 / 2, exactly the number of task statements in each domain.
    const allTasks = exam.domains.flatMap((d) => d.tasks.map((t) => t.id));
    for (const length of [10, 20]) {
      for (const seed of SEEDS) {
        const covered = new Set(
          ids(draw({ length, seed })).flatMap((id) => byId.get(id)?.tasks ?? []),
        );
        expect(covered).toEqual(new Set(allTasks));
      }
    }
  });

  // Even positions in the bank are seen; every "Select TWO" question sits at an odd one.
  const seen = new Set(questions.filter((_, i) => i % 2 === 0).map((q) => q.id));

  it('draws unseen questions first', () => {
    for (const seed of SEEDS) {
      expect(ids(draw({ length: 10, seen, seed })).filter((id) => seen.has(id))).toEqual([]);
    }
  });

  it('takes a seen question only once no unseen one of its domain and kind is left', () => {
    for (const length of [10, 20, 30]) {
      for (const seed of SEEDS.slice(0, 10)) {
        const drawn = new Set(ids(draw({ length, seen, seed })));
        const kind = (q: Question) => `${domainOf(q.id)}/${q.select > 1 ? 'multiple' : 'single'}`;
        const kindsWithSeen = new Set(
          questions.filter((q) => drawn.has(q.id) && seen.has(q.id)).map(kind),
        );
        const unseenLeftOut = questions.filter((q) => !drawn.has(q.id) && !seen.has(q.id));
        expect(unseenLeftOut.filter((q) => kindsWithSeen.has(kind(q)))).toEqual([]);
      }
    }
  });

  it('keeps the multiple-response share before unseen-first when the two disagree', () => {
    // 30 of a bank with 25 % "Select TWO": 7.5, so 7 or 8 of them. All 10 are unseen, so
    // unseen-first alone would take 10; the draw stops at 8 and fills with seen questions.
    const drawn = draw({ length: 30, seen });
    expect(multipleCount(drawn)).toBe(8);
    expect(ids(drawn).filter((id) => !seen.has(id))).toHaveLength(18);
  });

  it('draws only unseen questions when asked, saying how many there are', () => {
    const drawn = draw({ length: 30, seen, onlyUnseen: true });
    expect(drawn).toMatchObject({ requested: 30, available: 20 });
    expect(new Set(ids(drawn))).toEqual(
      new Set(questions.filter((q) => !seen.has(q.id)).map((q) => q.id)),
    );
  });

  it('keeps the multiple-response share within one question of the bank’s 25 %', () => {
    for (const length of [4, 10, 17, 20, 33, 40, 65]) {
      for (const seed of SEEDS) {
        const drawn = draw({ length, seed });
        const expected = drawn.questions.length * 0.25;
        expect(Math.abs(multipleCount(drawn) - expected)).toBeLessThanOrEqual(1);
      }
    }
    // Domain 1 alone: 3 of its 12 are "Select TWO"; 8 of them → 2.
    expect(multipleCount(draw({ domain: 1, length: 8 }))).toBe(2);
  });

  it('never draws a question twice', () => {
    for (const length of [10, 20, 40]) {
      for (const seed of SEEDS) {
        const list = ids(draw({ length, seed }));
        expect(new Set(list).size).toBe(list.length);
      }
    }
  });
});

describe('repeatability and order', () => {
  it('gives the same exam for the same input and seed', () => {
    expect(draw({ seed: 11 })).toEqual(draw({ seed: 11 }));
  });

  it('does not depend on the order of the bank', () => {
    expect(draw({ seed: 11, questions: [...questions].reverse() })).toEqual(draw({ seed: 11 }));
  });

  it('shuffles differently with another seed', () => {
    const a = ids(draw({ length: 40, seed: 1 }));
    const b = ids(draw({ length: 40, seed: 2 }));
    expect(new Set(a)).toEqual(new Set(b));
    expect(a).not.toEqual(b);
    // Not grouped by domain: the first ten of a shuffled 40 span more than one domain.
    expect(new Set(a.slice(0, 10).map(domainOf)).size).toBeGreaterThan(1);
  });

  it('gives each question a stable permutation of its options', () => {
    const drawn = draw({ length: 40, seed: 3 });
    for (const q of drawn.questions) {
      const count = byId.get(q.id)?.options.length ?? 0;
      expect([...q.optionOrder].sort((a, b) => a - b)).toEqual(
        Array.from({ length: count }, (_, i) => i),
      );
    }
    const identity = drawn.questions.filter((q) => q.optionOrder.every((o, i) => o === i));
    expect(identity.length).toBeLessThan(drawn.questions.length);
    expect(draw({ length: 40, seed: 3 }).questions).toEqual(drawn.questions);
  });
});
