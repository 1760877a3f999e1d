/**
 * The progress screen's review-log tallies in real Chromium IndexedDB (src/storage/logTallies.ts):
 * - a learner grades an item and opens Progress: the heatmap's summary says one review today, and
 *   the tallies are built (the marker records one row folded);
 * - back in the review they grade another, open Progress again, and see two: the second read
 *   folded only the new row (the marker moved on from the same epoch, not a rebuild).
 * A deleted row (undo) and a restore are covered on fake-indexeddb (test/storage/logTallies.test.ts).
 */
import type { Page } from '@playwright/test';
import { expect, reviewLog, reviewOne, test } from './helpers';

interface Marker {
  epoch: string;
  maxId: number;
  rows: number;
}

/** The tallies' marker as stored, read directly (not through the app). */
function tallyMarker(page: Page): Promise<Marker | undefined> {
  return page.evaluate(
    () =>
      new Promise<Marker | undefined>((resolve, reject) => {
        const open = indexedDB.open('lambda-exam-prep');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('logTallies').objectStore('logTallies').get('marker');
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Marker | undefined);
          };
          req.onerror = () => reject(new Error(String(req.error)));
        };
      }),
  );
}

async function openProgress(page: Page) {
  await page.goto('/exams/dva-c02/progress');
  await expect(
    page.getByRole('status').filter({ hasText: 'All figures are ready.' }),
  ).toBeAttached();
}

test('the heatmap counts a grade given after the last visit (the tallies fold it)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/exams/dva-c02/review');
  await reviewOne(page);
  await expect.poll(async () => (await reviewLog(page)).length).toBe(1);

  await openProgress(page);
  await expect(page.getByText(/Today: 1 review\./)).toBeVisible();
  const first = await tallyMarker(page);
  expect(first).toMatchObject({ maxId: 1, rows: 1 });

  await page.goto('/exams/dva-c02/review');
  await reviewOne(page);
  await expect.poll(async () => (await reviewLog(page)).length).toBe(2);
  await openProgress(page);
  await expect(page.getByText(/Today: 2 reviews\./)).toBeVisible();
  expect(await tallyMarker(page)).toEqual({ epoch: first?.epoch, maxId: 2, rows: 2 });
});
