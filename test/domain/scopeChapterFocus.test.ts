import { describe, expect, it } from 'vitest';
import { chapterFocus, itemsInScope } from '../../src/domain/scope';
import type { Flashcard } from '../../src/schema/content';
import { exam, question } from './examBank';

const card = (id: string, chapter: string | null, task = 'DVA-C02:1.1'): Flashcard => ({
  id,
  exams: ['DVA-C02'],
  tasks: [task],
  chapter,
  section: null,
  frontHtml: `<p>${id}</p>`,
  backHtml: '<p>back</p>',
  facts: [],
});

const inChapter = (id: string, chapter: string, task: string) => ({
  ...question(id, [task]),
  chapter,
});

const content = {
  cards: [card('c-a1', 'a'), card('c-b1', 'b', 'DVA-C02:2.1'), card('c-none', null)],
  questions: [
    inChapter('q-a1', 'a', 'DVA-C02:2.1'),
    inChapter('q-b1', 'b', 'DVA-C02:1.1'),
    inChapter('q-a2', 'a', 'DVA-C02:1.2'),
  ],
};
const chapters = [{ id: 'a' }, { id: 'b' }];
const ids = (settings: { focusChapters: string[]; focusDomains: number[] }) =>
  itemsInScope(content, exam, chapters, settings).map((i) => i.id);

describe('which items a review draws from', () => {
  it('without a focus: every item of the exam, by chapter, a card then a question', () => {
    expect(ids({ focusChapters: [], focusDomains: [] })).toEqual([
      'c-a1',
      'q-a1',
      'c-b1',
      'q-a2',
      'c-none',
      'q-b1',
    ]);
  });

  it("Practise this chapter: only that chapter's items, even with another focus in settings", () => {
    // The settings keep chapter b and domain 1 (c-b1 is in domain 2): a review of "a" replaces both.
    const settings = { focusChapters: ['b'], focusDomains: [1] };
    expect(ids(settings)).toEqual(['q-b1']);
    expect(ids({ ...settings, ...chapterFocus('a') })).toEqual(['c-a1', 'q-a1', 'q-a2']);
    expect(ids(chapterFocus('none-such'))).toEqual([]);
  });
});
