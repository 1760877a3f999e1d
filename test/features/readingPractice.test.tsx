/**
 * Reading and practice, connected: after a wrong answer "Read …" opens the section that teaches
 * the item, and "Back to your review" returns to the same item in the same state; a chapter ends
 * with "Practise this chapter", a review of that chapter's items only.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChapterPractice } from '../../src/features/reader/ChapterPractice';
import { chapterById, examById } from '../../src/stores/catalog';
import { useExamStore } from '../../src/stores/examStore';
import { reviewReturnPath } from '../../src/stores/reviewPlace';
import { resetStudyStore } from '../../src/stores/studyStore';
import { DB_NAME } from '../../src/storage/db';
import { closeStudyDatabase } from '../../src/storage/instance';
import { renderApp } from './renderApp';

// Each test opens the review (IndexedDB and the items chunk): slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const scrolled = vi.fn();

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

beforeEach(() => {
  // jsdom does not lay out: the reader's scroll to the section is only recorded.
  Element.prototype.scrollIntoView = scrolled;
  useExamStore.setState({ examId: 'DVA-C02' });
  sessionStorage.clear();
});
afterEach(async () => {
  resetStudyStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
});

/** The card first (graded Good with keys), then q-two answered wrong: Memory and Timeout. */
async function answerQuestionWrong() {
  const user = userEvent.setup();
  const { router } = renderApp('/exams/dva-c02/review');
  await screen.findByRole('button', { name: /Show answer/ }, { timeout: 5000 });
  await user.keyboard(' 3');
  await screen.findByRole('checkbox', { name: /Memory/ });
  await user.keyboard('ab{Enter}');
  expect(screen.getByText(/^Not quite\./)).toBeVisible();
  return { user, router };
}

describe('Read the section after a wrong answer, and come back', () => {
  it('opens the section with the way back, then shows the same question, answered, ungraded', async () => {
    const { user, router } = await answerQuestionWrong();
    const read = screen.getByRole('link', { name: 'Read “Memory”' });
    expect(read).toHaveAttribute('href', '/read/limits?review=%2Fexams%2Fdva-c02%2Freview#memory');
    await user.click(read);

    await screen.findByRole('heading', { level: 1, name: 'Limits' }, { timeout: 5000 });
    expect(router.state.location.hash).toBe('#memory');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Memory' });
    await waitFor(() => expect(scrolled.mock.contexts).toContain(heading));
    const back = screen.getByRole('link', { name: 'Back to your review' });
    expect(back).toHaveAttribute('href', '/exams/dva-c02/review');
    await user.click(back);

    // The same question, checked as it was: the two options chosen, the verdict focused.
    const verdict = await screen.findByText(/^Not quite\./, {}, { timeout: 5000 });
    expect(verdict).toHaveFocus();
    expect(screen.getByRole('article', { name: 'Practice question' })).toHaveAttribute(
      'data-item-id',
      'q-two',
    );
    expect(screen.getByRole('checkbox', { name: /Memory/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Timeout/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Architecture/ })).not.toBeChecked();
    const grades = screen.getByRole('group', { name: 'How well did you know it?' });
    expect(within(grades).getAllByRole('button')).toHaveLength(1);
    // Taken back once: the next visit to the review starts afresh.
    expect(sessionStorage.length).toBe(0);
  });

  it('after Again on a card, names its section above the next item', async () => {
    const user = userEvent.setup();
    renderApp('/exams/dva-c02/review');
    await screen.findByRole('button', { name: /Show answer/ }, { timeout: 5000 });
    await user.keyboard(' 1');
    const note = await screen.findByText(/You chose Again for the last flashcard\./);
    expect(within(note).getByRole('link', { name: 'Read “Timeout”' })).toHaveAttribute(
      'href',
      '/read/limits?review=%2Fexams%2Fdva-c02%2Freview#timeout',
    );
  });

  it('a card shows its section while its back is shown, and comes back with the back shown', async () => {
    const user = userEvent.setup();
    renderApp('/exams/dva-c02/review');
    await screen.findByRole('button', { name: /Show answer/ }, { timeout: 5000 });
    expect(screen.queryByRole('link', { name: /^Read “/ })).not.toBeInTheDocument();
    await user.keyboard(' ');
    const read = screen.getByRole('link', { name: 'Read “Timeout”' });
    await user.click(read);
    await screen.findByRole('heading', { level: 1, name: 'Limits' }, { timeout: 5000 });
    await user.click(screen.getByRole('link', { name: 'Back to your review' }));

    const card = await screen.findByRole('article', { name: 'Flashcard' }, { timeout: 5000 });
    expect(card).toHaveAttribute('data-item-id', 'card-timeout');
    expect(screen.queryByRole('button', { name: /Show answer/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Good/ })).toHaveFocus();
  });

  it('the Again note keeps the next item as far as it was taken', async () => {
    // Again on the card, then q-two answered wrong; the note's link (the card's section) saves
    // q-two checked, so coming back shows it checked, not afresh.
    const user = userEvent.setup();
    renderApp('/exams/dva-c02/review');
    await screen.findByRole('button', { name: /Show answer/ }, { timeout: 5000 });
    await user.keyboard(' 1');
    await screen.findByRole('checkbox', { name: /Memory/ });
    await user.keyboard('ab{Enter}');
    const note = screen.getByText(/You chose Again for the last flashcard\./);
    await user.click(within(note).getByRole('link', { name: 'Read “Timeout”' }));
    await screen.findByRole('heading', { level: 1, name: 'Limits' }, { timeout: 5000 });
    await user.click(screen.getByRole('link', { name: 'Back to your review' }));

    await screen.findByText(/^Not quite\./, {}, { timeout: 5000 });
    expect(screen.getByRole('checkbox', { name: /Memory/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Timeout/ })).toBeChecked();
  });

  it('a right answer offers no Read link', async () => {
    const user = userEvent.setup();
    renderApp('/exams/dva-c02/review');
    await screen.findByRole('button', { name: /Show answer/ }, { timeout: 5000 });
    await user.keyboard(' 3');
    await screen.findByRole('checkbox', { name: /Memory/ });
    await user.keyboard('ac{Enter}');
    expect(screen.getByText(/^Right\./)).toBeVisible();
    expect(screen.queryByRole('link', { name: /^Read “/ })).not.toBeInTheDocument();
  });

  it('the way back only ever leads to a review of this app', () => {
    expect(reviewReturnPath('/exams/dva-c02/review')).toBe('/exams/dva-c02/review');
    expect(reviewReturnPath('/exams/dva-c02/review?chapter=limits')).toBe(
      '/exams/dva-c02/review?chapter=limits',
    );
    // A review focused on task statements (from Progress) keeps its focus on the way back.
    for (const focused of [
      '/exams/dva-c02/review?tasks=DVA-C02:1.2,DVA-C02:3.1',
      '/exams/dva-c02/review?chapter=limits&tasks=DVA-C02:1.2',
    ])
      expect(reviewReturnPath(focused)).toBe(focused);
    for (const bad of [
      'https://example.com/',
      '//example.com/exams/x/review',
      '/settings',
      '/exams/dva-c02/review?tasks=<script>',
      '/exams/dva-c02/review?next=//example.com',
      null,
    ])
      expect(reviewReturnPath(bad)).toBeNull();
  });
});

describe('Practise this chapter', () => {
  it('ends the chapter with a review of its own items', async () => {
    renderApp('/read/limits');
    const section = await screen.findByRole('region', { name: 'Practise this chapter' });
    expect(section).toHaveTextContent('3 DVA-C02 flashcards and questions come from this chapter');
    expect(within(section).getByRole('link', { name: 'Practise this chapter' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/review?chapter=limits',
    );
  });

  it('says so, with no button, when the chapter teaches no item', () => {
    const limits = must(chapterById('limits'), 'the fixture chapter');
    const exam = must(examById('DVA-C02'), 'DVA-C02');
    render(
      <MemoryRouter>
        <ChapterPractice chapter={{ ...limits, id: 'no-items' }} exam={exam} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/nothing to practise here/)).toBeVisible();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('the review names the chapter; an unknown chapter is not found', async () => {
    renderApp('/exams/dva-c02/review?chapter=limits');
    await screen.findByRole('button', { name: /Show answer/ }, { timeout: 5000 });
    expect(screen.getByText(/Practising one chapter:/)).toHaveTextContent(
      'Practising one chapter: Limits. Review everything due instead',
    );
  });

  it('a review of an unknown chapter is not found', async () => {
    renderApp('/exams/dva-c02/review?chapter=nope');
    expect(await screen.findByRole('heading', { name: 'No such chapter' })).toBeVisible();
  });
});
