/**
 * Two tabs of the app on the same device, in real Chromium:
 * - grading in turn, each tab picks up the other's reviews (Dexie live query across tabs), so
 *   neither shows an item the other just graded and the review log holds every grade;
 * - a newer version of the app upgrading the database makes the older tab ask for a reload
 *   instead of breaking.
 */
import { counts, expect, reviewLog, reviewOne, test } from './helpers';

test('two tabs grading in turn: both stay consistent and every grade is logged', async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto('/exams/dva-c02/review');
  expect(await counts(a)).toEqual({ learning: 0, review: 0, fresh: 20 });
  const b = await context.newPage();
  await b.goto('/exams/dva-c02/review');
  expect(await counts(b)).toEqual({ learning: 0, review: 0, fresh: 20 });

  const graded: string[] = [];
  for (let turn = 0; turn < 6; turn++) {
    const [active, other] = turn % 2 === 0 ? [a, b] : [b, a];
    const shown = await active.locator('[data-item-id]').getAttribute('data-item-id');
    if (shown) graded.push(shown);
    await reviewOne(active);
    // The other tab reads the new review in: one fewer new item, and not the item just graded.
    await expect(other.locator('.session-progress__counts')).toContainText(
      `${20 - graded.length} new`,
    );
    await expect(other.locator('[data-item-id]')).not.toHaveAttribute('data-item-id', shown ?? '');
  }
  expect(await counts(a)).toEqual(await counts(b));
  const log = await reviewLog(a);
  expect(log.map((row) => row.itemId).sort()).toEqual([...graded].sort());
  expect(new Set(graded).size).toBe(6);
});

test('a newer version upgrading the database makes this tab ask to reload', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/exams/clf-c02/review');
  await reviewOne(page);
  await expect(page.locator('.session-progress__counts')).toContainText('1 done');

  // Another tab opens the database at a higher version, as a newer build with a new schema would.
  const newer = await context.newPage();
  await newer.goto('/404-newer-tab');
  const upgraded = await newer.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('lambda-exam-prep', 1000);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  expect(upgraded).toBe(1000);

  await expect(
    page.getByRole('alert').filter({ hasText: 'A newer version of the app' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reload to keep studying' })).toBeFocused();
  await expect(page.getByRole('button', { name: /Show answer/ })).toHaveCount(0);
  // The review graded before the upgrade was saved.
  expect(await reviewLog(newer)).toHaveLength(1);
});
