/**
 * The data page counts everything a backup keeps: a learner who has only set an exam date (or
 * only taken a practice exam) has something to back up, to lose in a replacing restore, and to
 * reset, and the page says so.
 */
import Dexie from 'dexie';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../src/storage/db';
import { saveExamDate } from '../../src/storage/examDates';
import { closeStudyDatabase, openStudyDatabase } from '../../src/storage/instance';
import { resetExamDatesStore } from '../../src/stores/examDates';
import { resetStudyStore } from '../../src/stores/studyStore';
import { renderApp } from './renderApp';

afterEach(async () => {
  cleanup();
  resetExamDatesStore();
  resetStudyStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
});

describe('data page', () => {
  it('with nothing stored: no progress, nothing to download or reset', async () => {
    await openStudyDatabase();
    renderApp('/data');
    expect(await screen.findByText('No progress yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /download backup/i }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: /reset progress/i })).toBeNull();
  });

  it('with only an exam date: it is counted, can be backed up, and reset names it', async () => {
    await saveExamDate(await openStudyDatabase(), {
      examId: 'DVA-C02',
      date: '2027-01-15',
      setAt: 1,
    });
    renderApp('/data');
    expect(await screen.findByText('1 exam date, no reviews yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /download backup/i }).hasAttribute('disabled')).toBe(
      false,
    );
    await userEvent.click(screen.getByRole('button', { name: /reset progress/i }));
    const confirm = screen.getByRole('group', { name: /delete 1 exam date from this device\?/i });
    expect(within(confirm).getByRole('button', { name: 'Delete all progress' })).toBeTruthy();
  });
});
