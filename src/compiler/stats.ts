/**
 * Content statistics per exam, printed by `npm run content:stats [-- --json]`. The JSON shape is
 * documented in content/README.md ("Statistics"); checks read it, so change both together.
 */
import type { CompiledContent } from './compile.ts';

export interface ExamStats {
  chapters: number;
  cards: number;
  questions: { total: number; single: number; multiple: number };
  difficulty: { easy: number; medium: number; hard: number };
  tasks: {
    total: number;
    covered: number;
    lambdaTotal: number;
    lambdaCovered: number;
    /** Questions per task statement, every task of the exam listed (0 where none). */
    questionsPerTask: Record<string, number>;
    /** Lambda-related task statements with no chapter, card or question. */
    uncoveredLambda: string[];
  };
  /** Facts this exam's content uses whose `verified` date is older than the verify-by age. */
  staleFacts: string[];
}

export interface ContentStats {
  today: string;
  verifyByDays: number;
  exams: Record<string, ExamStats>;
  totals: {
    chapters: number;
    cards: number;
    questions: number;
    multipleResponse: number;
    facts: number;
  };
  staleFacts: string[];
}

export function contentStats(
  content: CompiledContent,
  now: Date,
  verifyByDays: number,
): ContentStats {
  const { index, items, facts } = content;
  const cutoff = now.getTime() - verifyByDays * 86_400_000;
  const stale = new Set(
    facts.filter((f) => Date.parse(`${f.verified}T00:00:00Z`) < cutoff).map((f) => f.id),
  );
  const exams: Record<string, ExamStats> = {};
  for (const exam of index.exams) {
    const chapters = index.chapters.filter((c) => c.exams.includes(exam.id));
    const cards = items.cards.filter((c) => c.exams.includes(exam.id));
    const questions = items.questions.filter((q) => q.exams.includes(exam.id));
    const allTasks = exam.domains.flatMap((d) => d.tasks);
    const covered = new Set([...chapters, ...cards, ...questions].flatMap((x) => x.tasks));
    const questionsPerTask: Record<string, number> = {};
    for (const t of allTasks)
      questionsPerTask[t.id] = questions.filter((q) => q.tasks.includes(t.id)).length;
    const chapterFacts = content.chapters
      .filter((b) => chapters.some((c) => c.id === b.id))
      .flatMap((b) => b.facts.map((f) => f.id));
    const usedFacts = new Set([
      ...chapterFacts,
      ...[...cards, ...questions].flatMap((x) => x.facts),
    ]);
    exams[exam.id] = {
      chapters: chapters.length,
      cards: cards.length,
      questions: {
        total: questions.length,
        single: questions.filter((q) => q.select === 1).length,
        multiple: questions.filter((q) => q.select > 1).length,
      },
      difficulty: {
        easy: questions.filter((q) => q.difficulty === 'easy').length,
        medium: questions.filter((q) => q.difficulty === 'medium').length,
        hard: questions.filter((q) => q.difficulty === 'hard').length,
      },
      tasks: {
        total: allTasks.length,
        covered: allTasks.filter((t) => covered.has(t.id)).length,
        lambdaTotal: allTasks.filter((t) => t.lambda).length,
        lambdaCovered: allTasks.filter((t) => t.lambda && covered.has(t.id)).length,
        questionsPerTask,
        uncoveredLambda: allTasks.filter((t) => t.lambda && !covered.has(t.id)).map((t) => t.id),
      },
      staleFacts: [...usedFacts].filter((f) => stale.has(f)).sort(),
    };
  }
  return {
    today: now.toISOString().slice(0, 10),
    verifyByDays,
    exams,
    totals: {
      chapters: index.chapters.length,
      cards: items.cards.length,
      questions: items.questions.length,
      multipleResponse: items.questions.filter((q) => q.select > 1).length,
      facts: facts.length,
    },
    staleFacts: [...stale].sort(),
  };
}

export function formatStats(stats: ContentStats): string {
  const rows = [
    `Content as of ${stats.today} (facts older than ${stats.verifyByDays} days count as stale)`,
    '',
  ];
  for (const [id, s] of Object.entries(stats.exams)) {
    rows.push(
      `${id}  ${s.chapters} chapters · ${s.cards} cards · ${s.questions.total} questions (${s.questions.single} single, ${s.questions.multiple} multiple)`,
      `         task statements covered ${s.tasks.covered}/${s.tasks.total}; Lambda-related ${s.tasks.lambdaCovered}/${s.tasks.lambdaTotal}` +
        (s.tasks.uncoveredLambda.length ? ` (missing: ${s.tasks.uncoveredLambda.join(', ')})` : ''),
      `         stale facts: ${s.staleFacts.length ? s.staleFacts.join(', ') : 'none'}`,
    );
  }
  const t = stats.totals;
  rows.push(
    '',
    `Distinct: ${t.chapters} chapters, ${t.cards} cards, ${t.questions} questions (${t.multipleResponse} multiple response), ${t.facts} facts`,
  );
  return rows.join('\n');
}
