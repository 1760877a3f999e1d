/**
 * Review fixes from issue 17, in real Chromium with real IndexedDB, against the production build:
 * - Undo (Z or the button) puts the graded item back on screen at once, as it was before the
 *   grade: a question with nothing chosen, a flashcard's front; the counts are back too;
 * - Undo after a reload takes back a grade given before it, in storage as well;
 * - after Check on a phone the result summary has focus and is in view (not under the header),
 *   with the marked options below it; Enter records the suggested grade, and with shortcuts off
 *   Tab reaches the suggested grade next;
 * - a letter key moves focus to the option it chose, so Space then acts on that option.
 */
import { type Page } from '@playwright/test';
import { counts, expect, reviewLog, reviewOne, test } from './helpers';

const shownItem = (page: Page) => page.locator('[data-item-id]');
const reveal = (page: Page) => page.getByRole('button', { name: /Show answer/ });
const checkButton = (page: Page) => page.getByRole('button', { name: 'Check answer' });

async function startReview(page: Page) {
  await page.goto('/exams/dva-c02/review');
  await expect(reveal(page).or(checkButton(page))).toBeVisible();
}

/** The item on screen is as before any answer: a card's front, or a question with no choice. */
async function expectUnanswered(page: Page, kind: 'card' | 'question') {
  if (kind === 'card') {
    await expect(reveal(page)).toBeVisible();
    await expect(page.locator('.study-card__back')).toHaveCount(0);
  } else {
    await expect(checkButton(page)).toBeDisabled();
    await expect(page.locator('.option--selected')).toHaveCount(0);
    await expect(page.locator('.result__verdict')).toHaveCount(0);
  }
}

/** Grades flashcards Good until a question is on screen. */
async function untilQuestion(page: Page) {
  for (let i = 0; i < 20; i++) {
    await expect(reveal(page).or(checkButton(page))).toBeVisible();
    if (await checkButton(page).isVisible()) return;
    await reveal(page).click();
    await page.getByRole('button', { name: /^Good/ }).click();
  }
  throw new Error('no question in the first 20 items');
}

/** Chooses the first option (or as many as the question asks for) and checks the answer. */
async function chooseAndCheck(page: Page) {
  const badge = page.locator('.study-card__kind .badge');
  const text = (await badge.count()) > 0 ? await badge.textContent() : '';
  const toSelect = text?.includes('THREE') ? 3 : text?.includes('TWO') ? 2 : 1;
  for (let i = 0; i < toSelect; i++) await page.locator('.option input').nth(i).check();
  await checkButton(page).click();
}

test('undo brings the graded item back, unanswered, for a card and a question', async ({
  page,
}) => {
  await startReview(page);
  const undone = new Set<string>();
  for (let i = 0; i < 15 && undone.size < 2; i++) {
    const id = (await shownItem(page).getAttribute('data-item-id')) ?? '';
    const before = await counts(page);
    const kind = await reviewOne(page);
    await expect(shownItem(page)).not.toHaveAttribute('data-item-id', id);
    if (undone.has(kind)) continue;
    // Z the first time, the Undo button the second.
    if (undone.size === 0) await page.keyboard.press('z');
    else await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(shownItem(page)).toHaveAttribute('data-item-id', id);
    await expectUnanswered(page, kind);
    await expect(
      page.getByText(`Undone: back to the previous ${kind === 'card' ? 'flashcard' : 'question'}.`),
    ).toBeAttached();
    expect(await counts(page)).toEqual(before);
    undone.add(kind);
  }
  expect([...undone].sort()).toEqual(['card', 'question']);
});

test('undo after a reload takes back a grade given before it', async ({ page }) => {
  await startReview(page);
  const before = await counts(page);
  const id = (await shownItem(page).getAttribute('data-item-id')) ?? '';
  const kind = await reviewOne(page);
  await expect(shownItem(page)).not.toHaveAttribute('data-item-id', id);

  await page.reload();
  await expect(page.locator('.session-progress__counts')).toContainText('0 done');
  await expect.poll(async () => (await reviewLog(page)).length).toBe(1);
  const undo = page.getByRole('button', { name: /^Undo/ });
  await undo.click();
  await expect(shownItem(page)).toHaveAttribute('data-item-id', id);
  await expectUnanswered(page, kind);
  expect(await counts(page)).toEqual(before);
  // The grade was given before this session: the session's count stays at 0.
  await expect(page.locator('.session-progress__counts')).toContainText('0 done');
  await expect(undo).toBeDisabled();
  await expect.poll(async () => (await reviewLog(page)).length).toBe(0);

  await page.reload();
  await expect(shownItem(page)).toHaveAttribute('data-item-id', id);
  expect(await counts(page)).toEqual(before);
});

test('after Check on a phone the verdict is in view and the grade one key away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startReview(page);
  await untilQuestion(page);
  const done = (await counts(page)).fresh;
  await chooseAndCheck(page);

  const summary = page.locator('.result__verdict');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveText(/^(Right|Not quite)\./);
  const box = await summary.boundingBox();
  const header = await page.locator('.site-header').boundingBox();
  expect(box && header).toBeTruthy();
  if (!box || !header) return;
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  // The marked options follow it, on screen.
  const firstOption = await page.locator('.option').first().boundingBox();
  expect(firstOption?.y ?? Infinity).toBeLessThan(844);

  await page.keyboard.press('Enter');
  await expect(page.locator('.session-progress__counts')).toContainText(/[1-9]\d* done/);
  expect((await counts(page)).fresh).toBe(done - 1);
});

test('with shortcuts off, Tab from the verdict reaches the suggested grade', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel(/Single-key shortcuts/).uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await startReview(page);
  await untilQuestion(page);
  await chooseAndCheck(page);
  await expect(page.locator('.result__verdict')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.grade--suggested')).toBeFocused();
});

test('a letter key moves focus to the option it chose', async ({ page }) => {
  await startReview(page);
  await untilQuestion(page);
  const options = page.locator('.option input');
  await expect(options.first()).toBeFocused();
  await page.keyboard.press('b');
  await expect(options.nth(1)).toBeChecked();
  await expect(options.nth(1)).toBeFocused();
  // Space acts on the focused option, B: option A is never chosen by it.
  await page.keyboard.press('Space');
  await expect(options.first()).not.toBeChecked();
  const radio = (await options.nth(1).getAttribute('type')) === 'radio';
  if (radio) await expect(options.nth(1)).toBeChecked();
  else await expect(options.nth(1)).not.toBeChecked();
});
