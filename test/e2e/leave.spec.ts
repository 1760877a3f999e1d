/**
 * Leaving right after a grade (reload, navigation, closing the tab) keeps the review: queued
 * writes start on pagehide instead of waiting for the next paint.
 */
import { expect, reviewLog, reviewOne, test } from './helpers';

test('a review survives leaving the page right after the grade', async ({ page }) => {
  for (let i = 1; i <= 8; i++) {
    await page.goto('/exams/saa-c03/review');
    await reviewOne(page);
    // No waiting for the write: navigate away at once.
    await page.goto(i % 2 ? '/exams/saa-c03' : '/data');
  }
  await expect.poll(async () => (await reviewLog(page)).length).toBe(8);
});
