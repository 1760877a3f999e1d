/**
 * The exam date in real Chromium, with Playwright's clock (1 December 2026, 10:00 local):
 * - set on the exam page, it shows the days left, survives a reload, is in the downloaded
 *   backup, and comes back when that backup is restored after the site's data was cleared;
 * - the review queue follows it: a stored item due after the exam, which would be forgotten by
 *   then, is due on the last day of the final stretch, when no new items come in; the day after
 *   the exam the normal schedule resumes;
 * - axe (WCAG 2.2 AA + best-practice, light and dark) and no sideways scroll at 320 px or at
 *   200 % text for each state of the exam panel: no date, a date, changing it, a past date, the
 *   last days. SCREENSHOTS=1 writes them at 390 and 1280 px, light and dark, to SHOTS_DIR
 *   (default /tmp/shots-exam-date).
 */
import { type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test, counts, reviewLog, reviewOne } from './helpers';
import { axe, fitsNarrow } from './fit';

const DAY = 86_400_000;
const start = new Date(2026, 11, 1, 10).getTime(); // 1 December 2026, 10:00 local time

const panel = (page: Page) => page.getByRole('region', { name: 'Your exam' });

async function setExamDate(page: Page, date: string) {
  await page.getByLabel('DVA-C02 exam date').fill(date);
  await page.getByRole('button', { name: 'Save date' }).click();
}

/** axe in light and dark, reflow, and (SCREENSHOTS=1) pictures of the exam page as it is. */
async function checkState(page: Page, name: string) {
  await axe(page, name);
  await fitsNarrow(page, name);
  if (!process.env.SCREENSHOTS) return;
  const dir = process.env.SHOTS_DIR ?? '/tmp/shots-exam-date';
  const original = page.viewportSize();
  for (const colorScheme of ['light', 'dark'] as const)
    for (const width of [390, 1280]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      // The phone picture is the first screen (the panel); the desktop one the whole page.
      await page.screenshot({
        path: `${dir}/${name}-${width}-${colorScheme}.png`,
        fullPage: width === 1280,
      });
    }
  await page.emulateMedia({ colorScheme: null });
  if (original) await page.setViewportSize(original);
}

test.beforeEach(async ({ page }) => {
  // Each test runs axe ten times on a shared 2-core machine.
  test.setTimeout(120_000);
  await page.clock.install({ time: start });
});

test('set on the exam page: days left, kept across a reload, in the backup, restored', async ({
  page,
}) => {
  await page.goto('/exams/dva-c02');
  await expect(panel(page)).toContainText('Set your exam date');
  await checkState(page, 'exam-date-none');
  await setExamDate(page, '2026-12-21');
  await expect(panel(page)).toContainText('20 days to your exam on 21 Dec 2026');
  await checkState(page, 'exam-date-set');

  await page.reload();
  await expect(panel(page)).toContainText('20 days to your exam on 21 Dec 2026');
  await panel(page).getByRole('button', { name: 'Change date' }).click();
  await expect(page.getByLabel('DVA-C02 exam date')).toHaveValue('2026-12-21');
  await checkState(page, 'exam-date-changing');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A backup needs some progress: one review.
  await page.goto('/exams/dva-c02/review');
  await reviewOne(page);
  await expect.poll(async () => (await reviewLog(page)).length).toBe(1);
  await page.goto('/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const path = test.info().outputPath('backup.json');
  await (await download).saveAs(path);
  const backup = JSON.parse(await readFile(path, 'utf8')) as {
    version: number;
    examDates: { examId: string; date: string }[];
  };
  expect(backup.version).toBe(3);
  expect(backup.examDates.map((d) => [d.examId, d.date])).toEqual([['DVA-C02', '2026-12-21']]);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'all',
  });
  await page.goto('/exams/dva-c02');
  await expect(panel(page)).toContainText('Set your exam date');
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.locator('.restore-preview')).toContainText('1 exam date');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added/ })).toBeVisible();
  await page.goto('/exams/dva-c02');
  await expect(panel(page)).toContainText('20 days to your exam on 21 Dec 2026');
});

/** Puts a memory state for `itemId` straight into IndexedDB (the app rebuilds its packs). */
async function storeState(page: Page, itemId: string, kind: string, state: object) {
  await page.evaluate(
    ({ itemId, kind, state }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lambda-exam-prep');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['memory', 'memoryPacks'], 'readwrite');
          tx.objectStore('memory').put({ itemId, kind, ...state });
          tx.objectStore('memoryPacks').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { itemId, kind, state },
  );
}

test('the review queue follows the date, and resumes its normal schedule after it', async ({
  page,
}) => {
  // The first item the review offers, studied 30 days ago (stability 10) and due in 60 days:
  // on 21 December, 50 days after that review, its predicted recall is far below 90 %.
  await page.goto('/exams/dva-c02/review');
  const article = page.locator('[data-item-id]');
  const itemId = (await article.getAttribute('data-item-id')) ?? '';
  const kind = (await article.getAttribute('aria-label')) === 'Flashcard' ? 'card' : 'question';
  const lastReview = start - 30 * DAY;
  await storeState(page, itemId, kind, {
    due: start + 60 * DAY,
    stability: 10,
    difficulty: 5,
    scheduledDays: 90,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    phase: 'review',
    lastReview,
  });
  await page.goto('/exams/dva-c02');
  await setExamDate(page, '2026-12-21');
  await expect(panel(page)).toContainText('20 days to your exam');

  // Today (20 days before): not due yet, new items as usual.
  await page.goto('/exams/dva-c02/review');
  const today = await counts(page);
  expect(today.review).toBe(0);
  expect(today.fresh).toBe(20);

  // 20 December, the last day of the final stretch: the item is due, and no new items.
  await page.clock.setSystemTime(start + 19 * DAY);
  await page.goto('/exams/dva-c02');
  await expect(panel(page)).toContainText('1 day to your exam, tomorrow');
  await expect(page.getByText(/No new items now/)).toBeVisible();
  await checkState(page, 'exam-date-last-days');
  await page.goto('/exams/dva-c02/review');
  expect(await counts(page)).toEqual({ learning: 0, review: 1, fresh: 0 });
  await expect(page.locator('[data-item-id]')).toHaveAttribute('data-item-id', itemId);

  // 22 December, the day after the exam: the stored due date (30 January) stands again.
  await page.clock.setSystemTime(start + 21 * DAY);
  await page.goto('/exams/dva-c02');
  await expect(panel(page)).toContainText('has passed');
  await checkState(page, 'exam-date-past');
  await page.goto('/exams/dva-c02/review');
  const after = await counts(page);
  expect(after.review).toBe(0);
  expect(after.fresh).toBe(20);
});
