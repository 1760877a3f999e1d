/** Puts the checked parts together in the shapes the app imports: index, chapters, items. */
import type { ContentIndex, ExamSummary } from '../../schema/content.ts';
import type { Registry } from './context.ts';
import type { Linked } from './crossFile.ts';

const EXAM_ORDER = ['foundational', 'associate', 'professional'];

export function assembleIndex(registry: Registry, linked: Linked): ContentIndex {
  const chapters = linked.chapters.map((c) => c.meta);
  const summaries: Record<string, ExamSummary> = {};
  for (const id of registry.exams.keys()) {
    const items = [...linked.cards, ...linked.questions].filter((i) => i.exams.includes(id));
    const itemsByChapter: Record<string, number> = {};
    for (const { chapter } of items)
      if (chapter) itemsByChapter[chapter] = (itemsByChapter[chapter] ?? 0) + 1;
    summaries[id] = {
      chapters: chapters.filter((c) => c.exams.includes(id)).length,
      cards: linked.cards.filter((c) => c.exams.includes(id)).length,
      questions: linked.questions.filter((q) => q.exams.includes(id)).length,
      itemsByChapter,
    };
  }
  const exams = [...registry.exams.values()].sort(
    (a, b) => EXAM_ORDER.indexOf(a.level) - EXAM_ORDER.indexOf(b.level) || a.id.localeCompare(b.id),
  );
  return { exams, chapters, summaries };
}
