/**
 * Layout in real Chromium on the production build: nothing scrolls sideways (WCAG 1.4.10 reflow).
 * - at 320 px, every state of a review question: open, one option chosen, checked right, checked
 *   wrong, and a multiple-response question checked;
 * - at 390 px with the root font size doubled (WCAG 1.4.4): home, the exam page, a chapter, the
 *   review (card front and back, question open and checked, all caught up), settings, data, the
 *   practice pages (setup, taking, submit, results), the cheat sheet and the not-found pages.
 * Each failure lists the elements (and text runs) that stick out past the viewport.
 */
import { type Page } from '@playwright/test';
import { fits, PHONE_320, PHONE_LARGE_TEXT } from './fit';
import { expect, reviewOne, test } from './helpers';
import { dateIn, seedHistory } from './history';
import { seedHistory as seedOptimiserHistory } from './optimiserHelpers';

/** How many grade buttons each row holds, top to bottom ([2, 2] for two rows of two). */
async function gradeRows(page: Page, width: number, text: '100%' | '200%'): Promise<number[]> {
  await page.setViewportSize({ width, height: 844 });
  await page.evaluate((size) => (document.documentElement.style.fontSize = size), text);
  const tops = await page
    .locator('.grade')
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  const rows = new Map<number, number>();
  for (const top of tops) rows.set(top, (rows.get(top) ?? 0) + 1);
  return [...rows.values()];
}

/** Answers the question on screen with its first options; returns what state that led to. */
async function answerQuestion(page: Page, seen: Set<string>) {
  const badge = (await page.locator('.study-card__kind .badge').allTextContents()).join(' ');
  const select = badge.includes('THREE') ? 3 : badge.includes('TWO') ? 2 : 1;
  if (!seen.has('open')) await fits(page, 'question, open', PHONE_320, PHONE_LARGE_TEXT);
  seen.add('open');
  const options = page.locator('.option input');
  await options.first().check();
  if (!seen.has('chosen')) await fits(page, 'question, one chosen', PHONE_320);
  seen.add('chosen');
  for (let n = 1; n < select; n++) await options.nth(n).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const right = await page.locator('.result__verdict--right').isVisible();
  const state = select > 1 ? 'multiple' : right ? 'right' : 'wrong';
  if (!seen.has(state)) {
    await fits(page, `question, checked (${state})`, PHONE_320, PHONE_LARGE_TEXT);
    // Hard, Good and Easy in one row on a phone; Again alone.
    expect(await gradeRows(page, 320, '100%')).toEqual([right ? 3 : 1]);
  }
  seen.add(state);
  return right;
}

test.describe('no sideways scrolling', () => {
  test('review: every card and question state at 320 px and at 200% text', async ({ page }) => {
    test.setTimeout(120_000);
    // Enough new items today to meet every kind of question.
    await page.goto('/settings');
    await page.getByLabel('New items per day').fill('60');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await page.goto('/exams/dva-c02/review');

    const seen = new Set<string>();
    const wanted = ['card', 'open', 'chosen', 'right', 'wrong', 'multiple'];
    const reveal = page.getByRole('button', { name: /Show answer/ });
    const check = page.getByRole('button', { name: 'Check answer' });
    const grades = page.getByRole('group', { name: 'How well did you know it?' });
    for (let i = 0; i < 60 && wanted.some((w) => !seen.has(w)); i++) {
      await expect(reveal.or(check)).toBeVisible();
      if (await reveal.isVisible()) {
        if (!seen.has('card')) await fits(page, 'card front', PHONE_320, PHONE_LARGE_TEXT);
        await reveal.click();
        if (!seen.has('card')) {
          await fits(page, 'card back', PHONE_320, PHONE_LARGE_TEXT);
          // Four grades: one row at 390 px, two rows of two at 320 px (never Easy alone).
          expect(await gradeRows(page, 390, '100%')).toEqual([4]);
          expect(await gradeRows(page, 320, '100%')).toEqual([2, 2]);
          expect(await gradeRows(page, 390, '200%')).toEqual([1, 1, 1, 1]);
        }
        seen.add('card');
        await grades.getByRole('button', { name: /Good/ }).click();
        continue;
      }
      const right = await answerQuestion(page, seen);
      await grades.getByRole('button', { name: right ? /Good/ : /Again/ }).click();
    }
    expect([...seen].sort()).toEqual([...wanted].sort());
  });

  test('progress with a history and an exam date, every table open', async ({ page }) => {
    test.setTimeout(90_000);
    await seedHistory(page);
    await page.goto('/exams/dva-c02/progress');
    const plan = page.getByRole('region', { name: 'Exam-date plan' });
    await plan.getByLabel('Exam date').fill(dateIn(30));
    await plan.getByRole('button', { name: 'Save date' }).click();
    await expect(plan.getByRole('img')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'All figures are ready.' }),
    ).toBeAttached();
    for (const fold of await page.locator('details.table-fold summary').all()) await fold.click();
    await fits(page, 'progress', PHONE_LARGE_TEXT, PHONE_320);
  });

  test('every route at 390 px with the text size doubled', async ({ page }) => {
    test.setTimeout(90_000);
    for (const [path, heading] of [
      ['/', /Lambda/],
      ['/exams/dva-c02', /DVA-C02/],
      ['/settings', /settings/i],
      ['/data', /data/i],
      ['/exams/dva-c02/practice', /Practice/i],
      ['/exams/dva-c02/cheat-sheet', /Numbers and traps/],
      ['/exams/dva-c02/progress', /DVA-C02 progress/],
      ['/no-such-page', /No such page/],
      ['/exams/no-such-exam', /No such exam/],
      ['/read/no-such-chapter', /No such chapter/],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await fits(page, path, PHONE_LARGE_TEXT, PHONE_320);
    }

    // Every chapter of every exam.
    for (const exam of ['clf-c02', 'dva-c02', 'saa-c03']) {
      await page.goto(`/exams/${exam}`);
      const chapters = await page
        .locator('.chapter-item__title a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(chapters.length).toBeGreaterThan(3);
      for (const path of chapters) {
        await page.goto(path);
        await expect(page.locator('main .prose').first()).toBeVisible();
        await fits(page, path, PHONE_LARGE_TEXT, PHONE_320);
      }
    }

    // The practice pages: taking (checked, in practice mode), the submit step, the results.
    await page.goto('/exams/dva-c02/practice');
    await page.getByRole('radio', { name: '10 questions' }).check();
    await page.getByRole('radio', { name: /Practice/ }).check();
    await page.getByRole('button', { name: /^Start/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Question 1/ })).toBeVisible();
    await fits(page, 'practice question', PHONE_LARGE_TEXT);
    const badge = (await page.locator('.taking-question .badge').allTextContents()).join(' ');
    const select = badge.includes('THREE') ? 3 : badge.includes('TWO') ? 2 : 1;
    for (let i = 0; i < select; i++) await page.locator('.taking-options input').nth(i).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.taking-verdict')).toBeVisible();
    await fits(page, 'practice question, checked', PHONE_LARGE_TEXT, PHONE_320);
    await page
      .getByRole('button', { name: /Review and submit/ })
      .first()
      .click();
    await expect(page.getByRole('button', { name: 'Submit exam' })).toBeVisible();
    await fits(page, 'practice submit step', PHONE_LARGE_TEXT);
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await expect(page.getByText(/of 10 questions right/)).toBeVisible();
    await fits(page, 'practice results', PHONE_LARGE_TEXT);
    await page.goto('/exams/dva-c02/practice');
    await expect(page.getByRole('table')).toBeVisible();
    await fits(page, 'practice history', PHONE_LARGE_TEXT);
  });
});

test.describe('the smaller fixes', () => {
  test('settings: a checkbox keeps its size when its label wraps', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 844 });
    await page.goto('/exams/dva-c02');
    // The exam page is prerendered: it remembers the exam once the app has started on it (the
    // Today panel fills in then).
    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
    await page.goto('/settings');
    const boxes = page.locator('.check input');
    await expect(boxes.first()).toBeVisible();
    const widths = await boxes.evaluateAll((inputs) =>
      inputs.map((input) => Math.round(input.getBoundingClientRect().width)),
    );
    expect(widths.length).toBeGreaterThan(5);
    expect(new Set(widths)).toEqual(new Set([18]));
  });

  test('settings: the memory model in each state', async ({ page }) => {
    test.setTimeout(120_000);
    await seedOptimiserHistory(page, 3000);
    const section = page.getByRole('region', { name: 'Your memory model' });
    await fits(page, 'memory model, offered', PHONE_320, PHONE_LARGE_TEXT);
    await section.getByRole('button', { name: 'Optimise my schedule' }).click();
    await fits(page, 'memory model, fitting', PHONE_320, PHONE_LARGE_TEXT);
    await expect(section.getByRole('table')).toBeVisible({ timeout: 90_000 });
    await section.getByRole('button', { name: 'Apply…' }).click();
    await section.locator('summary').click();
    await fits(page, 'memory model, evidence', PHONE_320, PHONE_LARGE_TEXT);
    await section.getByRole('button', { name: 'Apply the fitted parameters' }).click();
    await expect(section.getByText(/^Applied:/)).toBeVisible({ timeout: 60_000 });
    await fits(page, 'memory model, applied', PHONE_320, PHONE_LARGE_TEXT);
  });

  test('not-found pages say so in the title; exam codes work in capitals', async ({ page }) => {
    for (const [path, title] of [
      ['/no-such-page', 'No such page'],
      ['/exams/no-such-exam', 'No such exam'],
      ['/exams/no-such-exam/review', 'No such exam'],
      ['/exams/no-such-exam/practice', 'No such exam'],
      ['/read/no-such-chapter', 'No such chapter'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page).toHaveTitle(`${title} · Lambda Exam Prep`);
    }
    await page.goto('/exams/DVA-C02');
    await expect(page.getByRole('heading', { level: 1, name: /DVA-C02/ })).toBeVisible();
    await expect(page).toHaveTitle('DVA-C02 chapters · Lambda Exam Prep');
    await page.goto('/exams/Dva-C02/review');
    await expect(page.getByRole('heading', { level: 1, name: 'DVA-C02 review' })).toBeVisible();
  });

  test('after "Replace my progress" the data page still knows the last backup', async ({
    page,
  }) => {
    await page.goto('/exams/dva-c02/review');
    await reviewOne(page);
    await expect(page.locator('.session-progress__counts')).toContainText('1 done');
    await page.goto('/data');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download backup' }).click();
    const path = test.info().outputPath('backup.json');
    await (await download).saveAs(path);
    await expect(page.getByText(/Last backup: today/)).toBeVisible();

    await page.getByLabel('Backup file').setInputFiles(path);
    await page.getByRole('radio', { name: /Replace my progress/ }).check();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('button', { name: 'Replace my progress' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Restored/ })).toBeVisible();
    await expect(page.getByText(/Last backup: today/)).toBeVisible();
    await page.reload();
    await expect(page.getByText(/Last backup: today/)).toBeVisible();
  });

  test('"All caught up" offers a next step', async ({ page }) => {
    await page.goto('/exams/dva-c02');
    await page.goto('/settings');
    await page.getByLabel('New items per day').fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await page.goto('/exams/dva-c02/review');
    const end = page.getByRole('region', { name: 'All caught up' });
    await expect(end).toBeVisible();
    await expect(end.getByRole('link', { name: 'Read the chapters' })).toHaveAttribute(
      'href',
      '/exams/dva-c02',
    );
    await expect(end.getByRole('link', { name: 'Raise the new-items limit' })).toHaveAttribute(
      'href',
      '/settings',
    );
    await fits(page, 'all caught up', PHONE_LARGE_TEXT, PHONE_320);
    await end.getByRole('link', { name: 'Take a practice exam' }).click();
    await expect(page).toHaveURL(/\/exams\/dva-c02\/practice$/);
  });

  test('a heading that takes focus is underlined, not boxed', async ({ page }) => {
    await page.goto('/exams/dva-c02');
    // Once the app has started on the prerendered page (before, a link is a plain page load).
    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
    // By keyboard, so the focus is visible: the chapter's heading takes it on arrival.
    await page.locator('.chapter-item__title a').first().focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    const style = await heading.evaluate((h) => {
      const css = getComputedStyle(h);
      return {
        focusVisible: h.matches(':focus-visible'),
        outlineColor: css.outlineColor,
        decoration: css.textDecorationLine,
      };
    });
    expect(style).toEqual({
      focusVisible: true,
      outlineColor: 'rgba(0, 0, 0, 0)',
      decoration: 'underline',
    });
  });

  test('"Progress can’t be saved" shows on every page when IndexedDB is refused', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    });
    const banner = page.getByRole('alert').filter({ hasText: 'Progress can’t be saved' });
    for (const path of ['/', '/read/dva-execution-environment', '/settings', '/no-such-page']) {
      await page.goto(path);
      await expect(banner, path).toBeVisible();
    }
  });

  test('with storage working, no banner and no probe database left behind', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain('lambda-exam-prep-probe');
  });
});

test('search dialog with results and the item pages fit at 320 px and at 200% text', async ({
  page,
}) => {
  await page.goto('/exams/dva-c02');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fits(page, 'exam page header with the search button', PHONE_320, PHONE_LARGE_TEXT);
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: /Search chapters/ }).fill('provisoned concurency');
  await expect(page.getByRole('option').first()).toBeVisible();
  await fits(page, 'search dialog with results', PHONE_320, PHONE_LARGE_TEXT);
  await page.keyboard.press('Escape');
  for (const id of ['dva-c-lifecycle-phases', 'clf-q-s3-thumbnail-least-ops']) {
    await page.goto(`/item/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await fits(page, `item ${id}`, PHONE_320, PHONE_LARGE_TEXT);
  }
});
