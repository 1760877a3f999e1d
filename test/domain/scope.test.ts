/** Which items a session draws from: the exam, the learner's focus, and a task focus. */
import { describe, expect, it } from 'vitest';
import { itemsInScope } from '../../src/domain/scope';
import type { ContentItems, Flashcard, Question } from '../../src/schema/content';
import { exam } from './examBank';

const card = (id: string, tasks: string[], chapter = 'ch1'): Flashcard => ({
  id,
  exams: ['DVA-C02'],
  tasks,
  chapter,
  section: null,
  frontHtml: '',
  backHtml: '',
  facts: [],
});
const question = (id: string, tasks: string[], chapter = 'ch1'): Question =>
  ({ id, exams: ['DVA-C02'], tasks, chapter }) as unknown as Question;

const content: ContentItems = {
  cards: [
    card('c1', ['DVA-C02:1.1']),
    card('c2', ['DVA-C02:2.1']),
    card('c3', ['DVA-C02:1.2', 'DVA-C02:3.1']),
  ],
  questions: [question('q1', ['DVA-C02:3.1']), question('q2', ['DVA-C02:4.1'])],
};
const chapters = [{ id: 'ch1' }];
const noFocus = { focusChapters: [], focusDomains: [] };
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('itemsInScope', () => {
  it('takes every item of the exam, a card then a question', () => {
    expect(ids(itemsInScope(content, exam, chapters, noFocus))).toEqual([
      'c1',
      'q1',
      'c2',
      'q2',
      'c3',
    ]);
  });

  it('narrows to the items covering one of the focused task statements', () => {
    const focused = itemsInScope(content, exam, chapters, noFocus, ['DVA-C02:3.1', 'DVA-C02:1.1']);
    expect(ids(focused)).toEqual(['c1', 'q1', 'c3']);
  });

  it('applies a task focus within the domain focus', () => {
    const settings = { focusChapters: [], focusDomains: [1] };
    expect(ids(itemsInScope(content, exam, chapters, settings, ['DVA-C02:3.1']))).toEqual(['c3']);
  });

  it('ignores task ids of other exams; only those is no task focus', () => {
    expect(ids(itemsInScope(content, exam, chapters, noFocus, ['SAA-C03:1.1']))).toHaveLength(5);
    expect(
      ids(itemsInScope(content, exam, chapters, noFocus, ['SAA-C03:1.1', 'DVA-C02:4.1'])),
    ).toEqual(['q2']);
  });
});
