import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStudyStore, useStudyStore } from '../../src/stores/studyStore';
import { useExamStore } from '../../src/stores/examStore';
import { DB_NAME } from '../../src/storage/db';
import { closeStudyDatabase, openStudyDatabase } from '../../src/storage/instance';
import { renderApp } from './renderApp';

beforeEach(() => {
  useExamStore.setState({ examId: 'DVA-C02' });
});
afterEach(async () => {
  resetStudyStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
});

async function startReview() {
  renderApp('/exams/dva-c02/review');
  return screen.findByRole('button', { name: /Show answer/ });
}

describe('review screen', () => {
  it('a deep link makes its exam the chosen one (the header follows)', async () => {
    useExamStore.setState({ examId: 'CLF-C02' });
    await startReview();
    expect(useExamStore.getState().examId).toBe('DVA-C02');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: /DVA-C02/ })).toHaveAttribute(
      'href',
      '/exams/dva-c02',
    );
  });

  it('a task focus in the link reviews only the items of those task statements', async () => {
    renderApp('/exams/dva-c02/review?tasks=DVA-C02:4.3');
    // Only q-two covers 4.3: no card to reveal, the question is first.
    expect(await screen.findByText('Select TWO')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Show answer/ })).toBeNull();
    expect(screen.getByText(/Focused review of task statement 4\.3 Optimize/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Review everything due' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/review',
    );
  });

  it('reveals a card, grades it with a key, announces the result and moves focus on', async () => {
    const user = userEvent.setup();
    const reveal = await startReview();
    expect(reveal).toHaveFocus();
    expect(screen.getByText('What is the longest an invocation can run?')).toBeVisible();
    await user.keyboard(' ');
    const good = screen.getByRole('button', { name: /Good/ });
    expect(good).toHaveFocus();
    expect(good).toHaveTextContent('Good10m3');
    await user.keyboard('3');
    expect(screen.getByText(/Good\. Next review in 10 minutes\./)).toBeInTheDocument();
    // The next item is a question (not q-long-job: it shares the card's fact, so it waits one
    // turn). Focus is on its first option, never on <body>.
    const first = await screen.findByRole('checkbox', { name: /Memory/ });
    expect(first).toHaveFocus();
    expect(screen.getByText('Select TWO')).toBeVisible();
  });

  it('checks a question, explains every option, records Good and can be undone', async () => {
    const user = userEvent.setup();
    await startReview();
    await user.keyboard(' 3');
    await user.keyboard('ac{Enter}');
    expect(screen.getByText(/^Right\./)).toBeVisible();
    await user.keyboard('{Enter}');
    await screen.findByRole('radio', { name: /AWS Step Functions/ });
    await user.keyboard('a');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText(/^Right\./)).toBeVisible();
    expect(screen.getByText('Correct', { exact: true })).toBeVisible();
    for (const why of [
      'Tempting, but the timeout cannot exceed',
      'SQS stores messages',
      'Logs store output',
    ]) {
      expect(screen.getByText(new RegExp(why))).toBeVisible();
    }
    const grades = screen.getByRole('group', { name: 'How well did you know it?' });
    expect(
      within(grades)
        .getAllByRole('button')
        .map((b) => b.textContent.replace(/\d.*$/, '')),
    ).toEqual(['Hard', 'Good', 'Easy']);
    // Focus is on the verdict above the options (in view on a phone); Tab goes on to Good.
    // (user-event sends no keys to anything inside a disabled fieldset, so Tab is fired here.)
    const verdict = screen.getByText(/^Right\./);
    expect(verdict).toHaveFocus();
    fireEvent.keyDown(verdict, { key: 'Tab' });
    expect(within(grades).getByRole('button', { name: /Good/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(useStudyStore.getState().session.reviewed).toBe(3));
    expect(useStudyStore.getState().states.get('q-long-job')?.phase).toBe('learning');

    await user.keyboard('z');
    expect(useStudyStore.getState().session.reviewed).toBe(2);
    expect(useStudyStore.getState().states.has('q-long-job')).toBe(false);
    // Undo brings the question back at once, unanswered.
    expect(document.querySelector('[data-item-id]')).toHaveAttribute('data-item-id', 'q-long-job');
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: /AWS Step Functions/ })).toHaveFocus();
    const db = await openStudyDatabase();
    await waitFor(async () => expect(await db.reviewLog.count()).toBe(2));
  });

  it('a wrong answer records Again', async () => {
    const user = userEvent.setup();
    await startReview();
    await user.keyboard(' 3ab{Enter}');
    expect(screen.getByText(/^Not quite\./)).toBeVisible();
    expect(screen.getByText('Your answer, wrong')).toBeVisible();
    expect(screen.getByText('Correct answer')).toBeVisible();
    const grades = screen.getByRole('group', { name: 'How well did you know it?' });
    expect(within(grades).getAllByRole('button')).toHaveLength(1);
    await user.keyboard('1');
    expect(useStudyStore.getState().session.again).toBe(1);
  });

  it('shows a failed save, keeps the grade, and saves it on retry', async () => {
    const user = userEvent.setup();
    await startReview();
    const db = await openStudyDatabase();
    const failing = () => {
      throw new Error('QuotaExceededError (simulated)');
    };
    db.reviewLog.hook('creating', failing);
    await user.keyboard(' 3');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('hasn’t been saved yet');
    expect(useStudyStore.getState().session.reviewed).toBe(1);
    expect(await db.memory.count()).toBe(0);

    db.reviewLog.hook('creating').unsubscribe(failing);
    await user.click(within(alert).getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await db.reviewLog.count()).toBe(1);
    expect(await db.memory.get('card-timeout')).toMatchObject({ phase: 'learning' });
  });

  it('names a full disk as the reason a review is not saved yet', async () => {
    const user = userEvent.setup();
    await startReview();
    const db = await openStudyDatabase();
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.reviewLog.hook('creating', full);
    await user.keyboard(' 3');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This device is out of storage space');
    expect(await db.reviewLog.count()).toBe(0);
    expect(await db.memory.count()).toBe(0);
    db.reviewLog.hook('creating').unsubscribe(full);
  });

  it('ends with a summary that says when the next item is due', async () => {
    const user = userEvent.setup();
    await startReview();
    // Easy sends each item days ahead, so nothing is left to learn ahead today.
    await user.keyboard(' 4');
    await user.keyboard('ac{Enter}4');
    await user.keyboard('a{Enter}4');
    const summary = await screen.findByRole('region', { name: 'Session complete' });
    // The grade buttons are gone: focus is on the summary, never on <body>.
    expect(within(summary).getByRole('heading', { name: 'Session complete' })).toHaveFocus();
    expect(summary).toHaveTextContent('Reviewed3');
    expect(summary).toHaveTextContent('New3');
    expect(summary).toHaveTextContent('Again rate0%');
    // Said once the queue has caught up with the last grade (just after the paint).
    await waitFor(() =>
      expect(summary).toHaveTextContent(
        /Next item due (in \d+ days|tomorrow at \d\d:\d\d|on \d+ [A-Z][a-z]{2})\./,
      ),
    );
  });
});
