/**
 * Coverage per task statement, printed by `npm run content:stats -- --coverage [--json]`: for
 * each exam and task statement, the chapters (with the sections its cards and questions link
 * to), cards and questions that cover it; empty cells of Lambda task statements are flagged.
 */
import type { CompiledContent } from './compile.ts';

export interface TaskCoverage {
  task: string;
  title: string;
  lambda: boolean;
  /** Chapter ids listing the task, each with the sections that the task's items link to. */
  chapters: { id: string; sections: string[] }[];
  cards: string[];
  questions: string[];
  /** For Lambda task statements: the kinds of content nothing provides yet. */
  gaps: ('chapters' | 'cards' | 'questions')[];
}

export interface ExamCoverage {
  exam: string;
  name: string;
  tasks: TaskCoverage[];
}

const LINK = /href="\/read\/([a-z0-9-]+)#([^"]+)"/g;

/** `chapter#section` links in some HTML. */
function linkedSections(html: string): [string, string][] {
  return [...html.matchAll(LINK)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

export function contentCoverage(content: CompiledContent): ExamCoverage[] {
  const { index, items } = content;
  return index.exams.map((exam) => ({
    exam: exam.id,
    name: exam.name,
    tasks: exam.domains.flatMap((d) =>
      d.tasks.map((t): TaskCoverage => {
        const cards = items.cards.filter((c) => c.tasks.includes(t.id));
        const questions = items.questions.filter((q) => q.tasks.includes(t.id));
        const html = [
          ...cards.map((c) => c.frontHtml + c.backHtml),
          ...questions.map((q) => q.stemHtml + (q.explanationHtml ?? '')),
          ...questions.flatMap((q) => q.options.map((o) => o.html + o.explanationHtml)),
        ];
        const taught = [...cards, ...questions].flatMap((i): [string, string][] =>
          i.chapter && i.section ? [[i.chapter, i.section.id]] : [],
        );
        const links = [...taught, ...html.flatMap(linkedSections)];
        const chapters = index.chapters
          .filter((c) => c.tasks.includes(t.id))
          .map((c) => ({
            id: c.id,
            sections: [...new Set(links.filter(([id]) => id === c.id).map(([, s]) => s))].sort(),
          }));
        const cell = {
          chapters,
          cards: cards.map((c) => c.id),
          questions: questions.map((q) => q.id),
        };
        const gaps = t.lambda
          ? (['chapters', 'cards', 'questions'] as const).filter((k) => cell[k].length === 0)
          : [];
        return { task: t.id, title: t.title, lambda: t.lambda, ...cell, gaps };
      }),
    ),
  }));
}

/** Every Lambda task statement with an empty cell, e.g. `DVA-C02:2.3 (cards, questions)`. */
export function lambdaGaps(coverage: ExamCoverage[]): string[] {
  return coverage.flatMap((e) =>
    e.tasks.filter((t) => t.gaps.length).map((t) => `${t.task} (${t.gaps.join(', ')})`),
  );
}

export function formatCoverage(coverage: ExamCoverage[]): string {
  const rows: string[] = [];
  const count = (n: number, lambda: boolean) => (n ? String(n) : lambda ? '0 !' : '–').padEnd(9);
  for (const e of coverage) {
    rows.push(
      `${e.exam} — ${e.name}`,
      '  task    lambda  chapters  cards     questions chapters (sections linked from its items)',
    );
    for (const t of e.tasks) {
      const number = t.task.slice(e.exam.length + 1);
      const chapters = t.chapters.map((c) =>
        c.sections.length ? `${c.id} (${c.sections.map((s) => `#${s}`).join(' ')})` : c.id,
      );
      rows.push(
        `  ${number.padEnd(7)} ${(t.lambda ? 'yes' : '').padEnd(7)} ${count(t.chapters.length, t.lambda)} ${count(t.cards.length, t.lambda)} ${count(t.questions.length, t.lambda)} ${chapters.join(', ')}`,
      );
    }
    rows.push('');
  }
  const gaps = lambdaGaps(coverage);
  rows.push(
    gaps.length
      ? `Lambda task statements with an empty cell ("0 !"): ${gaps.join('; ')}`
      : 'Every Lambda task statement has chapters, cards and questions.',
  );
  return rows.map((r) => r.trimEnd()).join('\n');
}
