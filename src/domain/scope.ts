/** Which review items a study session draws from, in the order new items are introduced. */
import type { ChapterMeta, ContentItems, Flashcard, Question } from '../schema/content';
import type { Exam } from '../schema/exam';
import type { StudySettings } from '../schema/study';

export type StudyItem = ({ kind: 'card' } & Flashcard) | ({ kind: 'question' } & Question);

/** What scoping reads of an item: the progress worker passes only this much of each. */
export type ScopedFields = Pick<Flashcard, 'id' | 'exams' | 'chapter' | 'tasks'>;
export type ScopedItem = { kind: 'card' | 'question' } & ScopedFields;

/**
 * Cards and questions of the exam (narrowed to the focus chapters and domains when set), ordered
 * by chapter (`chapters`: the exam's chapters in reading order), alternating a card and a question
 * so a new learner meets both kinds early.
 *
 * `taskFocus` (task statement ids, e.g. the weakest ones the progress screen links to) narrows
 * further to the items that cover one of them; ids of other exams are ignored, and a focus left
 * with no id of this exam is no focus at all.
 */
export function itemsInScope(
  content: ContentItems,
  exam: Exam,
  chapters: readonly Pick<ChapterMeta, 'id'>[],
  settings: Pick<StudySettings, 'focusChapters' | 'focusDomains'>,
  taskFocus?: readonly string[],
): StudyItem[];
export function itemsInScope<C extends ScopedFields, Q extends ScopedFields>(
  content: { cards: C[]; questions: Q[] },
  exam: Exam,
  chapters: readonly Pick<ChapterMeta, 'id'>[],
  settings: Pick<StudySettings, 'focusChapters' | 'focusDomains'>,
  taskFocus?: readonly string[],
): (({ kind: 'card' } & C) | ({ kind: 'question' } & Q))[];
export function itemsInScope(
  content: { cards: ScopedFields[]; questions: ScopedFields[] },
  exam: Exam,
  chapters: readonly Pick<ChapterMeta, 'id'>[],
  settings: Pick<StudySettings, 'focusChapters' | 'focusDomains'>,
  taskFocus: readonly string[] = [],
): ScopedItem[] {
  const chapterOrder = new Map(chapters.map((c, i) => [c.id, i]));
  const focusTasks = new Set(
    exam.domains
      .filter((d) => settings.focusDomains.includes(d.number))
      .flatMap((d) => d.tasks.map((t) => t.id)),
  );
  const examTasks = new Set(exam.domains.flatMap((d) => d.tasks.map((t) => t.id)));
  const onlyTasks = new Set(taskFocus.filter((t) => examTasks.has(t)));
  const inScope = (item: ScopedFields) =>
    item.exams.includes(exam.id) &&
    (settings.focusChapters.length === 0 ||
      (item.chapter !== null && settings.focusChapters.includes(item.chapter))) &&
    (focusTasks.size === 0 || item.tasks.some((t) => focusTasks.has(t))) &&
    (onlyTasks.size === 0 || item.tasks.some((t) => onlyTasks.has(t)));
  const byChapter = <T extends ScopedFields>(list: T[]) =>
    list
      .map((item, i) => ({ item, i }))
      .sort(
        (a, b) =>
          (chapterOrder.get(a.item.chapter ?? '') ?? 1e6) -
            (chapterOrder.get(b.item.chapter ?? '') ?? 1e6) || a.i - b.i,
      )
      .map((x) => x.item);
  const cards = byChapter(content.cards.filter(inScope)).map((c) => ({
    kind: 'card' as const,
    ...c,
  }));
  const questions = byChapter(content.questions.filter(inScope)).map((q) => ({
    kind: 'question' as const,
    ...q,
  }));
  const out: ScopedItem[] = [];
  for (let i = 0; i < Math.max(cards.length, questions.length); i++) {
    const c = cards[i];
    const q = questions[i];
    if (c) out.push(c);
    if (q) out.push(q);
  }
  return out;
}

/**
 * The focus of a review of one chapter ("Practise this chapter"): that chapter's cards and
 * questions only, whatever chapter or domain focus the learner keeps in the settings (which it
 * replaces for that session, without changing them).
 */
export function chapterFocus(
  chapterId: string,
): Pick<StudySettings, 'focusChapters' | 'focusDomains'> {
  return { focusChapters: [chapterId], focusDomains: [] };
}
