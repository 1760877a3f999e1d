/**
 * The exam page's Today panel with an exam date: setting, changing and clearing it (kept in
 * IndexedDB), the days left, today's plan following the date rules (no new items in the last
 * days; a stored item that jumps the exam and would be forgotten by then is due in the final
 * stretch), readiness at a glance, and the link to Progress. The clock is fixed (Date only).
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '../../src/storage/db';
import { loadExamDates, saveExamDate } from '../../src/storage/examDates';
import { closeStudyDatabase, openStudyDatabase } from '../../src/storage/instance';
import { memoryRowOf } from '../../src/storage/memoryRows';
import { resetExamDatesStore } from '../../src/stores/examDates';
import { useExamStore } from '../../src/stores/examStore';
import { resetStudyStore } from '../../src/stores/studyStore';
import { newMemoryState } from '../../src/domain/scheduler';
import { renderApp } from './renderApp';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 30, 10); // Monday 30 November, 10:00 (TZ=UTC)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  useExamStore.setState({ examId: 'DVA-C02' });
});
afterEach(async () => {
  cleanup(); // before the stores and the database go, so no screen reopens them
  vi.useRealTimers();
  resetExamDatesStore();
  resetStudyStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
});

/** Today's counts, once they read `text` (the queue is rebuilt after the first paint). */
const countsRead = (text: string) =>
  waitFor(() => expect(screen.getByText(/due ·/)).toHaveTextContent(text), { timeout: 5000 });
const setDate = (date: string) =>
  openStudyDatabase().then((db) => saveExamDate(db, { examId: 'DVA-C02', date, setAt: now }));

describe('Today panel with an exam date', () => {
  it('sets, changes and clears the date, and says how many days are left', async () => {
    renderApp('/exams/dva-c02');
    // The block's frame comes with the page; its lines are a lazy chunk that reads IndexedDB
    // (until then a hidden placeholder): allow a slow, shared machine time.
    const panel = await screen.findByRole('region', { name: 'Your exam' }, { timeout: 5000 });
    const save = await within(panel).findByRole('button', { name: 'Save date' }, { timeout: 5000 });
    expect(within(panel).getByText('Set your exam date')).toBeVisible();
    await userEvent.type(within(panel).getByLabelText('DVA-C02 exam date'), '2026-12-20');
    await userEvent.click(save);
    expect(await within(panel).findByText('20 days to your exam on 20 Dec 2026')).toBeVisible();
    await waitFor(async () =>
      expect((await loadExamDates(await openStudyDatabase())).get('DVA-C02')?.date).toBe(
        '2026-12-20',
      ),
    );

    await userEvent.click(within(panel).getByRole('button', { name: 'Change date' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Clear date' }));
    expect(await within(panel).findByText('Set your exam date')).toBeVisible();
    await waitFor(async () =>
      expect((await loadExamDates(await openStudyDatabase())).size).toBe(0),
    );
    expect(within(panel).getByRole('link', { name: 'Progress and plan' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/progress',
    );
  });

  it('without a date, follows the settings (3 new items of the fixture)', async () => {
    renderApp('/exams/dva-c02');
    await countsRead('0 due · 3 new');
  });

  it('with the exam in 3 days: no new items, and the reason', async () => {
    await setDate('2026-12-03');
    renderApp('/exams/dva-c02');
    await countsRead('0 due · 0 new');
    expect(screen.getByText(/No new items now: too few days are left/)).toBeVisible();
    expect(screen.getByText('3 days to your exam on 3 Dec 2026')).toBeVisible();
  });

  // Reviewed 60 days ago with stability 20, due in 2 months: recall on the exam day is far
  // below 90 % ((1 + 0.98035·61/20)^−0.1542 = 0.78).
  const seedFading = async () => {
    const lastReview = now - 60 * DAY;
    const state = {
      ...newMemoryState(lastReview),
      phase: 'review' as const,
      stability: 20,
      difficulty: 5,
      reps: 3,
      lastReview,
      due: now + 60 * DAY,
      scheduledDays: 120,
    };
    await (await openStudyDatabase()).memory.put(memoryRowOf('q-long-job', 'question', state));
  };

  it('brings a stored item that would be forgotten by the exam into today, in the final stretch', async () => {
    await seedFading();
    await setDate('2026-12-01'); // tomorrow: the last day of the stretch is today
    renderApp('/exams/dva-c02');
    await countsRead('1 due · 0 new');
  });

  it('leaves that item on its stored date without an exam date', async () => {
    await seedFading();
    renderApp('/exams/dva-c02');
    await countsRead('0 due · 2 new');
  });

  it('shows readiness at a glance once it is worked out', async () => {
    renderApp('/exams/dva-c02');
    expect(
      await screen.findByText(
        /Readiness \(Lambda part\): Not enough data yet: study/,
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
  });
});
