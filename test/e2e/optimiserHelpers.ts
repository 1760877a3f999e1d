/** A generated study history written into the app's IndexedDB, for the optimiser's specs. */
import { expect, type Page } from '@playwright/test';
import { generateHistory, type History } from '../support/reviewHistory';

/**
 * A fixed start, so the history (and fsrs-browser's fit on it, which is deterministic) is the
 * same on every run: the generated learner studied from 5 January 2026 and then stopped.
 */
export const HISTORY_START = Date.UTC(2026, 0, 5);

/**
 * Opens the settings page (the app creates its database), writes the history's log and memory
 * rows straight into IndexedDB and reloads.
 */
export async function seedHistory(page: Page, rows: number): Promise<void> {
  await page.goto('/settings');
  // The settings form shows once the app has opened IndexedDB (the heading alone is prerendered
  // HTML, there before any script: writing then would create an empty database).
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
  // Scheduled as the app schedules (fuzz on), so the app's replay of the log reproduces it.
  await writeHistory(page, generateHistory({ rows, start: HISTORY_START, fuzz: true }));
  await page.reload();
}

/** Writes a history's log and memory rows into the open app's IndexedDB, dropping the packs. */
export async function writeHistory(page: Page, { log, memory }: History): Promise<void> {
  const logRows = log.map((e) => ({ ...e, beforePhase: e.before?.phase ?? 'new' }));
  const CHUNK = 10_000;
  for (let i = 0; i < Math.max(logRows.length, memory.length); i += CHUNK)
    await page.evaluate(
      ([logChunk, memoryChunk]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('lambda-exam-prep');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['reviewLog', 'memory', 'memoryPacks'], 'readwrite');
            for (const row of logChunk) tx.objectStore('reviewLog').add(row);
            for (const row of memoryChunk) tx.objectStore('memory').put(row);
            tx.objectStore('memoryPacks').clear();
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
      [logRows.slice(i, i + CHUNK), memory.slice(i, i + CHUNK)] as const,
    );
}

/** Every memory row's due time, by item id, read straight from IndexedDB. */
export async function dueDates(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('lambda-exam-prep');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('memory').objectStore('memory').getAll();
          req.onsuccess = () => {
            db.close();
            const rows = req.result as { itemId: string; due: number }[];
            resolve(Object.fromEntries(rows.map((r) => [r.itemId, r.due])));
          };
          req.onerror = () => reject(new Error(String(req.error)));
        };
      }),
  );
}
