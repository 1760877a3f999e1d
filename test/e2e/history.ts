/**
 * A learner with a history, for the progress screen's specs (progress, axe, layout): a dozen
 * items reviewed through the app (so their ids are real content ids), then their states turned
 * into review-phase ones and 60 days of review-log rows written beside them.
 */
import type { Page } from '@playwright/test';
import { reviewOne } from './helpers';

const DAY = 86_400_000;

/** The local date `days` from now, `YYYY-MM-DD`. */
export function dateIn(days: number): string {
  const d = new Date(Date.now() + days * DAY);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** Reviews `n` items through the app, then writes a 60-day history for them into IndexedDB. */
export async function seedHistory(page: Page, n = 12): Promise<void> {
  await page.goto('/exams/dva-c02/review');
  for (let i = 0; i < n; i++) await reviewOne(page);
  await page.goto('/');
  await page.evaluate(async (DAY) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lambda-exam-prep');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const tx = db.transaction(['memory', 'memoryPacks', 'reviewLog'], 'readwrite');
    const memory = tx.objectStore('memory');
    const rows = await new Promise<{ itemId: string; kind: string }[]>((resolve) => {
      const req = memory.getAll();
      req.onsuccess = () => resolve(req.result as { itemId: string; kind: string }[]);
    });
    const now = Date.now();
    rows.forEach((row, i) => {
      const stability = 2 + ((i * 7) % 40);
      const lastReview = now - (1 + (i % 5)) * DAY;
      memory.put({
        ...row,
        due: lastReview + Math.round(stability) * DAY,
        stability,
        difficulty: 5,
        scheduledDays: Math.round(stability),
        learningSteps: 0,
        reps: 6,
        lapses: i % 3 === 0 ? 1 : 0,
        phase: 'review',
        lastReview,
      });
    });
    tx.objectStore('memoryPacks').clear(); // the app rebuilds them from the memory rows
    const log = tx.objectStore('reviewLog');
    const state = { due: now, stability: 10, difficulty: 5, scheduledDays: 10, learningSteps: 0 };
    for (let d = 1; d <= 60; d++) {
      if (d % 6 === 0) continue; // a day off now and then
      for (let k = 0; k < 3 + (d % 5); k++) {
        const row = rows[(d + k) % rows.length];
        if (!row) continue;
        const before = {
          ...state,
          reps: 3,
          lapses: 0,
          phase: 'review',
          lastReview: now - 20 * DAY,
        };
        log.add({
          itemId: row.itemId,
          kind: row.kind,
          reviewedAt: now - d * DAY + k * 60_000,
          grade: (d + k) % 7 === 0 ? 'again' : 'good',
          before,
          after: { ...before, reps: 4 },
          durationMs: 9000,
          beforePhase: 'review',
          source: 'review',
        });
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, DAY);
}
