/**
 * Backup and restore through the real screens, in Chromium:
 * - export → clear all site data → the app starts clean and offers a restore → import → the same
 *   due counts and review log;
 * - a corrupt (truncated) or foreign file is refused with a message and changes nothing;
 * - reset asks first, and deletes progress only when confirmed.
 */
import { type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { counts, expect, reviewLog, reviewOne, screenshots, test, withoutIds } from './helpers';

async function reviewSome(page: Page, n: number) {
  await page.goto('/exams/clf-c02/review');
  for (let i = 0; i < n; i++) await reviewOne(page, i % 3 === 0 ? '1' : '3');
  await expect(page.locator('.session-progress__counts')).toContainText(`${n} done`);
  // Each review is written just after the next item paints: wait until all are stored.
  await expect.poll(async () => (await reviewLog(page)).length).toBe(n);
}

async function downloadBackup(page: Page): Promise<string> {
  await page.goto('/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^lambda-exam-prep-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByText(/Last backup: today/)).toBeVisible();
  return path;
}

test('export, clear site data, import: the same due counts and review log', async ({ page }) => {
  await reviewSome(page, 5);
  await page.reload();
  const countsBefore = await counts(page);
  const logBefore = await reviewLog(page);
  expect(logBefore).toHaveLength(5);
  const path = await downloadBackup(page);
  await screenshots(page, 'data-backed-up');

  // The browser clears the site's storage (as "Clear site data" or eviction would).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'all',
  });
  await page.goto('/exams/clf-c02');
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today).toContainText('0 due');
  await today.getByRole('link', { name: 'Restore a backup' }).click();
  await expect(page.getByText('No progress yet.')).toBeVisible();

  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.locator('.restore-preview')).toContainText('5 items with progress, 5 reviews');
  await screenshots(page, 'data-restore-preview');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 5 reviews' })).toBeVisible();
  await expect(page.getByText(/5 items studied, 5 reviews logged/)).toBeVisible();

  expect(withoutIds(await reviewLog(page))).toEqual(withoutIds(logBefore));
  await page.goto('/exams/clf-c02/review');
  expect(await counts(page)).toEqual(countsBefore);
});

test('a corrupt or foreign file is refused and changes nothing', async ({ page }) => {
  await reviewSome(page, 3);
  const path = await downloadBackup(page);
  const logBefore = await reviewLog(page);
  const text = await readFile(path, 'utf8');

  const input = page.getByLabel('Backup file');
  await input.setInputFiles({
    name: 'truncated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2))),
  });
  await expect(page.getByRole('alert')).toContainText('may be cut off');
  await screenshots(page, 'data-restore-corrupt');
  await expect(page.getByRole('button', { name: 'Restore' })).toHaveCount(0);

  await input.setInputFiles({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ name: 'something-else', version: '1.0.0' })),
  });
  await expect(page.getByRole('alert')).toContainText('not a Lambda Exam Prep backup');

  const edited = JSON.parse(text) as { reviewLog: { grade: string }[] };
  const first = edited.reviewLog[0];
  if (first) first.grade = 'meh';
  await input.setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await expect(page.getByRole('alert')).toContainText('reviewLog[0].grade');

  expect(await reviewLog(page)).toEqual(logBefore);
  await expect(page.getByText(/3 items studied, 3 reviews logged/)).toBeVisible();
});

test('reset deletes progress only after confirmation', async ({ page }) => {
  await reviewSome(page, 2);
  await page.goto('/data');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  // The confirmation takes focus, so keyboard and screen-reader users hear the question first.
  await expect(
    page.getByRole('group', { name: /^Delete 2 reviews of 2 items from this device\?/ }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await reviewLog(page)).toHaveLength(2);
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await screenshots(page, 'data-reset-confirm');
  await page.getByRole('button', { name: 'Delete all progress' }).click();
  await expect(page.getByText('No progress yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'On this device' })).toBeFocused();
  expect(await reviewLog(page)).toHaveLength(0);
});
