/**
 * Practice exams in real Chromium on the production build:
 * - a 10-question exam under exam conditions: flags, the navigator, a reload in the middle
 *   (resumes at the same question with the wall-clock time left), the submit step, results by
 *   domain, review filters, retake of the missed questions; axe on taking, submit and results;
 * - time-out (Playwright's clock): submitted as it stood and the learner is told; an attempt
 *   whose time ran out while the tab was closed is found submitted;
 * - the exam answers count as reviews (source "exam") in IndexedDB;
 * - the same attempt offline; practice mode by keyboard only; a second tab kept out.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, reviewLog, screenshots, serviceWorkerReady, test } from './helpers';

const START = new Date('2026-12-01T09:00:00Z');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** No sideways scrolling at 320 px, nor at 200% text on a 640 px window (WCAG 1.4.10). */
async function fitsNarrow(page: Page): Promise<void> {
  const original = page.viewportSize();
  for (const [width, zoom] of [
    [320, '100%'],
    [640, '200%'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate((z) => (document.documentElement.style.fontSize = z), zoom);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll, `page width at ${String(width)} px, text ${zoom}`).toBeLessThanOrEqual(width);
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  if (original) await page.setViewportSize(original);
}

async function axe(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Starts a DVA-C02 attempt from the setup page; returns its URL. */
async function startExam(page: Page, length: '10 questions' | '20 questions', mode: RegExp) {
  await page.goto('/exams/dva-c02/practice');
  await page.getByRole('radio', { name: length }).check();
  await page.getByRole('radio', { name: mode }).check();
  await page.getByRole('button', { name: /^Start/ }).click();
  await expect(page).toHaveURL(/\/exams\/dva-c02\/practice\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 2, name: /Question 1/ })).toBeVisible();
  return page.url();
}

/** How many options the question on screen asks for ("Select TWO" → 2). */
async function toSelect(page: Page): Promise<number> {
  const badge = (await page.locator('.taking-question .badge').allTextContents()).join(' ');
  return badge.includes('THREE') ? 3 : badge.includes('TWO') ? 2 : 1;
}

/** Chooses the first N options of the question on screen (as many as it asks for). */
async function answerShown(page: Page) {
  const n = await toSelect(page);
  const inputs = page.locator('.taking-options input');
  for (let i = 0; i < n; i++) await inputs.nth(i).check();
}

test('a 10-question exam: flags, navigator, reload with time left, submit, results, retake missed', async ({
  page,
}) => {
  await page.clock.install({ time: START });
  const url = await startExam(page, '10 questions', /Exam conditions/);
  // DVA-C02: 130 minutes for 65 questions, so 20 minutes for 10.
  await expect(page.locator('.taking-clock')).toContainText('20:00');
  await axe(page);
  await fitsNarrow(page);

  await answerShown(page);
  await page.getByRole('button', { name: /^Next/ }).click();
  await page.getByRole('button', { name: /Flag for review/ }).click();
  await expect(page.getByRole('button', { name: /Flag for review/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await answerShown(page);
  await page.getByRole('button', { name: /^Next/ }).click();
  await answerShown(page);
  // The navigator jumps to any question and says what each holds.
  await expect(page.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible();
  await page.getByRole('button', { name: /^Question 6, unanswered/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Question 6/ })).toBeVisible();
  await screenshots(page, 'practice-taking');

  // Five minutes later the phone kills the tab; the learner comes back to the same place.
  await page.clock.fastForward('05:00');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /Question 6/ })).toBeVisible();
  await expect(page.locator('.taking-clock')).toContainText(/1[45]:\d\d/);
  await expect(page.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible();
  expect(page.url()).toBe(url);

  // Submit step: unanswered and flagged first.
  await page
    .getByRole('button', { name: /Review and submit/ })
    .first()
    .click();
  const step = page.getByRole('region', { name: /submit/i });
  await expect(step).toContainText(/Unanswered \(7\)/);
  await expect(step).toContainText(/Flagged for review \(1\)/);
  await axe(page);
  await screenshots(page, 'practice-submit');
  await page.getByRole('button', { name: 'Submit exam' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: /practice exam results/ }),
  ).toBeFocused();
  await expect(page.getByText(/of 10 questions right/)).toBeVisible();
  await expect(page.getByRole('table', { name: /domain/i })).toBeVisible();
  await axe(page);
  await fitsNarrow(page);
  await screenshots(page, 'practice-results');

  // Filters: flagged shows the one flagged question; unanswered the seven left blank.
  await page.getByRole('button', { name: /^Flagged/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Showing 1 flagged/ })).toBeVisible();
  await page.getByRole('button', { name: /^Unanswered/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Showing 7 unanswered/ })).toBeVisible();

  // Each answered question became an exam review; blanks did not.
  const fromExam = (await reviewLog(page)).filter((r) => r.source === 'exam');
  expect(fromExam).toHaveLength(3);

  await page.getByRole('button', { name: /Retake only the \d+ missed/ }).click();
  await expect(page).not.toHaveURL(url);
  await expect(page).toHaveURL(/\/practice\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 2, name: /Question 1/ })).toBeVisible();
});

test('time-out: the attempt is submitted as it stood and the learner is told', async ({ page }) => {
  await page.clock.install({ time: START });
  await startExam(page, '10 questions', /Exam conditions/);
  await answerShown(page);
  await page.clock.fastForward('20:01');
  await expect(page.getByText('Time ran out: your exam was submitted as it stood.')).toBeVisible();
  await expect(page.getByText(/of 10 questions right/)).toBeVisible();

  // The history lists it (time ran out) with its trend; the page holds up in both schemes.
  await page.goto('/exams/dva-c02/practice');
  await expect(page.getByRole('table')).toContainText('time ran out');
  await expect(page.getByRole('img', { name: /Score of 1 attempt/ })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await axe(page);
  }
  await fitsNarrow(page);
});

test('time that runs out while the tab is closed: found submitted on return', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: START });
  const url = await startExam(page, '10 questions', /Exam conditions/);
  await answerShown(page);
  await page.goto('/exams/dva-c02/practice');
  await page.clock.fastForward('45:00');
  const again = await context.newPage();
  await page.close();
  await again.clock.install({ time: new Date(START.getTime() + 46 * 60_000) });
  await again.goto(url);
  await expect(again.getByText('Time ran out: your exam was submitted as it stood.')).toBeVisible();
});

test('offline, after one visit: an attempt starts, resumes and submits with no network', async ({
  page,
  context,
}) => {
  await page.goto('/exams/dva-c02/practice');
  await serviceWorkerReady(page);
  await page.reload();
  await context.setOffline(true);
  await startExam(page, '10 questions', /Practice/);
  await answerShown(page);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.taking-verdict')).toBeVisible();
  await page.reload();
  await expect(page.locator('.taking-verdict')).toBeVisible();
  await page
    .getByRole('button', { name: /Review and submit/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expect(page.getByText(/of 10 questions right/)).toBeVisible();
});

test('practice mode by keyboard only', async ({ page }) => {
  await page.goto('/exams/dva-c02/practice');
  // Tab to the length and mode choices and start with the keyboard.
  await page.getByRole('radio', { name: '10 questions' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: /Exam conditions/ }).focus();
  await page.keyboard.press('ArrowDown'); // Practice
  await expect(page.getByRole('radio', { name: /Practice/ })).toBeChecked();
  await page.getByRole('button', { name: /^Start/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Question 1/ })).toBeVisible();
  for (let i = 0; i < 10; i++) {
    const n = await toSelect(page);
    await page.keyboard.press('a');
    await expect(page.locator('.taking-options input').first()).toBeFocused();
    for (const key of ['b', 'c'].slice(0, n - 1)) await page.keyboard.press(key);
    await page.keyboard.press('Enter'); // check
    await expect(page.locator('.taking-verdict')).toBeVisible();
    await page.keyboard.press('n');
  }
  // After the last question, N opens the submit step; its heading has focus.
  await expect(page.getByRole('heading', { name: /submit/i })).toBeFocused();
  await page.getByRole('button', { name: 'Submit exam' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: /practice exam results/ }),
  ).toBeFocused();
  const unanswered = page.locator('.results-score dt', { hasText: 'Unanswered' }).locator('+ dd');
  await expect(unanswered).toHaveText('0');
});

test('two tabs: the second is told the attempt is open elsewhere, and takes over once it closes', async ({
  page,
  context,
}) => {
  const url = await startExam(page, '10 questions', /Exam conditions/);
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('alert')).toContainText('open in another tab');
  await expect(second.locator('.taking-options')).toHaveCount(0);
  // The first tab goes away (its lock with it): the attempt opens in the second.
  await page.close();
  await second.reload();
  await expect(second.getByRole('heading', { level: 2, name: /Question 1/ })).toBeVisible();
});
