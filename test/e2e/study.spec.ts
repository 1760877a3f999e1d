/**
 * The study loop, in real Chromium with real IndexedDB, against the production build:
 * - flashcards (reveal, grade with keys) and questions (choose, check, grade) are reviewed, and
 *   focus moves to the next item's first control after each grade;
 * - after a reload the stored states give the same queue counts;
 * - Undo (Z) restores the previous state, also in storage (it survives a reload);
 * - on the next study day the new-item allowance is back and due reviews appear.
 */
import { counts, expect, reviewOne, test } from './helpers';

test('review both kinds, reload, undo, and a new day', async ({ page }) => {
  await page.goto('/exams/dva-c02');
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today).toContainText('0 due · 20 new');
  await today.getByRole('link', { name: 'Start review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DVA-C02 review' })).toBeVisible();
  expect(await counts(page)).toEqual({ learning: 0, review: 0, fresh: 20 });

  const kinds = new Set<string>();
  const reveal = page.getByRole('button', { name: /Show answer/ });
  const firstOption = page.locator('.option input').first();
  for (let i = 0; i < 6; i++) {
    kinds.add(await reviewOne(page));
    // After each grade, focus is on the next item's first control (never on <body>).
    await expect(reveal.or(firstOption)).toBeFocused();
  }
  expect([...kinds].sort()).toEqual(['card', 'question']);
  await expect(page.locator('.session-progress__counts')).toContainText('6 done');
  const before = await counts(page);
  expect(before.fresh).toBe(14);

  // Reload: the same state comes back from IndexedDB.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'DVA-C02 review' })).toBeVisible();
  await expect(page.locator('.session-progress__counts')).toContainText('0 done');
  expect(await counts(page)).toEqual(before);

  // Undo: grade one more, undo it with Z, and find the counts (and storage) as before.
  await reviewOne(page);
  expect((await counts(page)).fresh).toBe(13);
  await page.keyboard.press('z');
  await expect(page.getByText('Undone: back to the previous', { exact: false })).toBeAttached();
  expect(await counts(page)).toEqual(before);
  await page.reload();
  await expect(page.locator('.session-progress__counts')).toContainText('0 done');
  expect(await counts(page)).toEqual(before);

  // The next study day (after 04:00 local time, two days on): 20 new again, and the items
  // graded Good are due for review.
  await page.clock.install({ time: Date.now() + 2 * 86_400_000 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'DVA-C02 review' })).toBeVisible();
  const nextDay = await counts(page);
  expect(nextDay.fresh).toBe(20);
  expect(nextDay.learning + nextDay.review).toBeGreaterThanOrEqual(6);
});

test('keyboard shortcuts can be switched off', async ({ page }) => {
  await page.goto('/exams/dva-c02');
  await page.goto('/settings');
  // Settings also says whether the browser keeps the data, and how much is used.
  await expect(page.getByRole('region', { name: 'Your data' })).toContainText(
    /stored persistently.* (KB|MB) used\./i,
  );
  await page.getByLabel(/Single-key shortcuts/).uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.goto('/exams/dva-c02/review');
  const reveal = page.getByRole('button', { name: /Show answer/ });
  const check = page.getByRole('button', { name: 'Check answer' });
  await expect(reveal.or(check)).toBeVisible();
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  for (const key of ['Space', 'a', '3', 'Enter', 'z']) await page.keyboard.press(key);
  // With shortcuts on, these keys would reveal a card or pick option A.
  await expect(page.getByRole('group', { name: 'How well did you know it?' })).toHaveCount(0);
  await expect(page.locator('.option--selected')).toHaveCount(0);
  await expect(page.locator('.session-progress__counts')).toContainText('0 done');
});
