/**
 * Guards the real curriculum in content/ against silent shrinkage: the minimum volume per exam,
 * the share of multiple-response questions, and at least three questions for every task
 * statement that touches Lambda, and chapters, cards and questions for each of them (the cells of
 * `npm run content:stats -- --coverage`). Deleting content below these floors fails the suite.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { contentCoverage, lambdaGaps } from '../../src/compiler/coverage.ts';

const content = compileContent({ dir: join(import.meta.dirname, '..', '..', 'content') });
const { index, items } = content;

describe('the curriculum', () => {
  it('compiles with no problems', () => {
    expect(content.problems).toEqual([]);
  });

  it.each(['CLF-C02', 'DVA-C02', 'SAA-C03'])(
    '%s has 4+ chapters, 100+ cards and 100+ questions, 25%%+ multiple response, 20%%+ hard',
    (exam) => {
      const questions = items.questions.filter((q) => q.exams.includes(exam));
      expect(index.chapters.filter((c) => c.exams.includes(exam)).length).toBeGreaterThanOrEqual(4);
      expect(items.cards.filter((c) => c.exams.includes(exam)).length).toBeGreaterThanOrEqual(100);
      expect(questions.length).toBeGreaterThanOrEqual(100);
      const share = (keep: (q: (typeof questions)[number]) => boolean) =>
        questions.filter(keep).length / questions.length;
      expect(share((q) => q.select > 1)).toBeGreaterThanOrEqual(0.25);
      expect(share((q) => q.difficulty === 'hard')).toBeGreaterThanOrEqual(0.2);
    },
  );

  it.each(['CLF-C02', 'DVA-C02', 'SAA-C03'])(
    "%s spreads questions over the exam's domains roughly by weight (a full practice set draws by weight)",
    (exam) => {
      const e = index.exams.find((x) => x.id === exam);
      if (!e) throw new Error(exam);
      const questions = items.questions.filter((q) => q.exams.includes(exam));
      for (const domain of e.domains) {
        const tasks = new Set(domain.tasks.map((t) => t.id));
        // A question counts toward the domain of its first task statement of this exam.
        const inDomain = questions.filter((q) =>
          tasks.has(q.tasks.find((t) => t.startsWith(`${exam}:`)) ?? ''),
        ).length;
        // Enough questions for the domain's share of a 65-question exam.
        expect(inDomain, `${exam} domain ${String(domain.number)}`).toBeGreaterThanOrEqual(
          Math.round((65 * domain.weight) / 100),
        );
      }
    },
  );

  it('has 350+ distinct cards and 320+ distinct questions, 25%+ multiple response', () => {
    expect(new Set(items.cards.map((c) => c.id)).size).toBeGreaterThanOrEqual(350);
    expect(new Set(items.questions.map((q) => q.id)).size).toBeGreaterThanOrEqual(320);
    const multiple = items.questions.filter((q) => q.select > 1).length;
    expect(multiple / items.questions.length).toBeGreaterThanOrEqual(0.25);
  });

  it('spreads difficulty: every exam has easy, medium and hard questions', () => {
    for (const exam of index.exams) {
      const levels = new Set(
        items.questions.filter((q) => q.exams.includes(exam.id)).map((q) => q.difficulty),
      );
      expect([...levels].sort(), exam.id).toEqual(['easy', 'hard', 'medium']);
    }
  });

  it('gives every Lambda-related task statement at least 3 questions', () => {
    const thin = index.exams
      .flatMap((e) => e.domains.flatMap((d) => d.tasks))
      .filter((t) => t.lambda)
      .map((t) => ({
        task: t.id,
        questions: items.questions.filter((q) => q.tasks.includes(t.id)).length,
      }))
      .filter((t) => t.questions < 3);
    expect(thin).toEqual([]);
  });

  it('gives every Lambda-related task statement chapters, cards and questions', () => {
    // Lists each gap as "EXAM:D.T (cards, questions)", the empty cells of the coverage table.
    expect(lambdaGaps(contentCoverage(content))).toEqual([]);
  });

  it('cites an AWS documentation page for every question', () => {
    const uncited = items.questions.filter(
      (q) =>
        !q.sources.some((s) => /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//.test(s)),
    );
    expect(uncited.map((q) => q.id)).toEqual([]);
  });
});
