/**
 * The exam-date store (read once, set, clear, kept in IndexedDB across a reload of the store,
 * re-read after a restore) and the shared ExamDateField (validation, past dates flagged).
 */
import Dexie from 'dexie';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '../../src/storage/db';
import { saveExamDate } from '../../src/storage/examDates';
import { closeStudyDatabase, openStudyDatabase } from '../../src/storage/instance';
import {
  resetExamDatesStore,
  setExamDate,
  useExamDate,
  useExamDatesLoaded,
  useExamDatesStore,
} from '../../src/stores/examDates';
import { exportProgress, readBackupFile, restoreProgress } from '../../src/stores/dataActions';
import { useStorageHealth } from '../../src/stores/storageHealth';
import { resetStudyStore, useStudyStore } from '../../src/stores/studyStore';
import { newMemoryState } from '../../src/domain/scheduler';
import type { MemoryState } from '../../src/schema/study';
import { ExamDateField } from '../../src/ui/ExamDateField';

afterEach(async () => {
  cleanup();
  resetExamDatesStore();
  resetStudyStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
  useStorageHealth.setState({ health: { kind: 'ok' } });
});

describe('exam-date store', () => {
  it('reads the stored date once, and keeps a set or cleared date in IndexedDB', async () => {
    await saveExamDate(await openStudyDatabase(), {
      examId: 'DVA-C02',
      date: '2027-01-15',
      setAt: 1,
    });
    const { result } = renderHook(() => ({
      dva: useExamDate('DVA-C02'),
      saa: useExamDate('SAA-C03'),
      loaded: useExamDatesLoaded(),
    }));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current).toEqual({ dva: '2027-01-15', saa: null, loaded: true });

    await act(() => setExamDate('SAA-C03', '2027-03-01'));
    await act(() => setExamDate('DVA-C02', null));
    expect(result.current.saa).toBe('2027-03-01');
    expect(result.current.dva).toBeNull();

    // A new tab (a fresh store) reads what was written.
    resetExamDatesStore();
    const again = renderHook(() => [useExamDate('SAA-C03'), useExamDate('DVA-C02')]);
    await waitFor(() => expect(again.result.current).toEqual(['2027-03-01', null]));
  });

  it('refuses text that is not a date, changing nothing', async () => {
    await expect(setExamDate('DVA-C02', '2027-02-30')).rejects.toThrow(RangeError);
    expect(useExamDatesStore.getState().dates.size).toBe(0);
  });

  it('re-reads the dates after a backup is restored', async () => {
    const { result } = renderHook(() => useExamDate('DVA-C02'));
    await waitFor(() => expect(useExamDatesStore.getState().status).toBe('ready'));
    await act(() => setExamDate('DVA-C02', '2027-01-15'));
    const file = await exportProgress(Date.UTC(2026, 10, 30));
    expect(JSON.parse(file.text)).toMatchObject({
      version: 3,
      examDates: [{ examId: 'DVA-C02', date: '2027-01-15' }],
    });
    await act(() => setExamDate('DVA-C02', '2027-06-01'));
    const parsed = await readBackupFile(new Blob([file.text]));
    if (!parsed.ok) throw new Error(parsed.error);
    await act(() => restoreProgress(parsed, 'replace'));
    await waitFor(() => expect(result.current).toBe('2027-01-15'));
  });

  it('reports storage that cannot be opened, and keeps the date in this tab', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new Error('blocked');
    });
    const { result } = renderHook(() => useExamDate('DVA-C02'));
    await waitFor(() => expect(useExamDatesStore.getState().status).toBe('unavailable'));
    expect(useStorageHealth.getState().health.kind).toBe('unavailable');
    await act(() => setExamDate('DVA-C02', '2027-01-15'));
    expect(result.current).toBe('2027-01-15');
    open.mockRestore();
  });
});

describe('grades honour the date of the exam being reviewed', () => {
  // A stand-in scheduler: every grade is due in 90 days, and recall on any later day is 0.5, so
  // every grade jumps the exam and would be forgotten by then (the real rule is tested in
  // test/domain/examDateScheduling.test.ts; this checks the store applies it).
  const at = Date.UTC(2026, 10, 20, 10); // graded 20 November, before the stretch
  const examDay = Date.UTC(2026, 11, 3, 4); // exam 3 December: the stretch is 26 Nov – 2 Dec
  const stub = {
    ...useStudyStore.getState().scheduler,
    grade: (): MemoryState => ({
      ...newMemoryState(at),
      phase: 'review',
      stability: 60,
      lastReview: at,
      due: at + 90 * 86_400_000,
      scheduledDays: 90,
    }),
    retrievability: () => 0.5,
  };

  it('fits the new state into the final stretch while an exam day is set, not otherwise', () => {
    useStudyStore.setState({ scheduler: stub, examDay: null });
    expect(useStudyStore.getState().grade('a', 'card', 'good', 1000, at).after.due).toBe(
      at + 90 * 86_400_000,
    );
    useStudyStore.getState().setExamDay(examDay);
    const fitted = useStudyStore.getState().grade('b', 'card', 'good', 1000, at).after.due;
    expect(fitted).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 26, 4));
    expect(fitted).toBeLessThan(examDay);
  });
});

describe('ExamDateField', () => {
  const setup = (value: string | null = null) => {
    const onSave = vi.fn();
    const onClear = vi.fn();
    render(<ExamDateField value={value} today="2026-11-30" onSave={onSave} onClear={onClear} />);
    return { onSave, onClear, input: screen.getByLabelText('Exam date') };
  };

  it('saves a typed date', async () => {
    const { onSave, input } = setup();
    await userEvent.type(input, '2027-01-15');
    await userEvent.click(screen.getByRole('button', { name: 'Save date' }));
    expect(onSave).toHaveBeenCalledWith('2027-01-15');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what to do when no date is chosen', async () => {
    const { onSave, input } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Save date' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Choose a date first/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('allows a past date but flags it, and clears a saved one', async () => {
    const { onSave, onClear } = setup('2026-11-01');
    expect(screen.getByText(/This date has passed/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save date' }));
    expect(onSave).toHaveBeenCalledWith('2026-11-01');
    await userEvent.click(screen.getByRole('button', { name: 'Clear date' }));
    expect(onClear).toHaveBeenCalled();
    expect(screen.queryByText(/This date has passed/)).toBeNull();
  });
});
