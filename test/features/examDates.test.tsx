/**
 * The exam-date store (read once, set, clear, kept in IndexedDB across a reload of the store,
 * re-read after a restore) and the shared ExamDateField (validation, past dates flagged).
 */
import Dexie from 'dexie';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
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
import { resetStudyStore } from '../../src/stores/studyStore';
import { ExamDateField } from '../../src/ui/ExamDateField';

afterEach(async () => {
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
