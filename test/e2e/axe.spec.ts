/**
 * axe-core (WCAG 2.2 AA tags and best-practice) in real Chromium on the production build, in the
 * light and the dark colour scheme, with zero violations allowed:
 * - home, each exam page, practice setup, the cheat sheet, settings, data (also with a backup's parsed preview),
 *   the not-found page;
 * - progress: a new learner, and a history with an exam date with every table unfolded;
 * - Settings → "Your memory model": offered, fitting, the evidence with its confirmation, applied;
 * - every chapter of every exam (read from the exam pages' chapter links);
 * - every review state: card front and back, question open, checked right and checked wrong,
 *   session complete, all caught up.
 */
import { axe } from './fit';
import { expect, test } from './helpers';
import { type Page } from '@playwright/test';
import { dateIn, seedHistory } from './history';
import { seedHistory as seedOptimiserHistory } from './optimiserHelpers';

const EXAMS = ['clf-c02', 'dva-c02', 'saa-c03'];

/** The chapter pages an exam page links to. */
async function chapterLinks(page: Page, exam: string): Promise<string[]> {
  await page.goto(`/exams/${exam}`);
  const links = page.getByRole('region', { name: 'Chapters' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => h.startsWith('/read/'));
}

test('home, exam pages, practice setup, settings, data, not found', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await axe(page, 'home');
  for (const exam of EXAMS) {
    await page.goto(`/exams/${exam}`);
    await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
    await axe(page, `exam ${exam}`);
  }
  await page.goto('/exams/dva-c02/practice');
  await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible();
  await axe(page, 'practice setup');
  await page.goto('/exams/dva-c02/cheat-sheet');
  await expect(page.getByRole('heading', { name: /^Domain 1/ })).toBeVisible();
  await axe(page, 'cheat sheet');
  await page.goto('/settings');
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
  await axe(page, 'settings');
  await page.goto('/data');
  await expect(page.getByRole('button', { name: 'Download backup' })).toBeVisible();
  await axe(page, 'data');
  for (const path of ['/nowhere', '/read/not-a-chapter', '/exams/not-an-exam']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await axe(page, `not found ${path}`);
  }
});

test('progress: a new learner, then a history with an exam date and every table open', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ready = page.getByRole('status').filter({ hasText: 'All figures are ready.' });
  await page.goto('/exams/dva-c02/progress');
  await expect(ready).toBeAttached();
  await axe(page, 'progress, new learner');
  await seedHistory(page);
  await page.goto('/exams/dva-c02/progress');
  const plan = page.getByRole('region', { name: 'Exam-date plan' });
  await plan.getByLabel('Exam date').fill(dateIn(30));
  await plan.getByRole('button', { name: 'Save date' }).click();
  await expect(plan.getByRole('img')).toBeVisible();
  await expect(ready).toBeAttached();
  for (const fold of await page.locator('details.table-fold summary').all()) await fold.click();
  await axe(page, 'progress, history and exam date');
});

for (const exam of EXAMS) {
  test(`every ${exam} chapter`, async ({ page }) => {
    const chapters = await chapterLinks(page, exam);
    expect(chapters.length).toBeGreaterThan(0);
    // axe checks the contrast of every text node: a long chapter takes seconds per scheme.
    test.setTimeout(30_000 + chapters.length * 20_000);
    for (const href of chapters) {
      await page.goto(href);
      await expect(page.locator('.prose h2').first()).toBeVisible();
      await axe(page, href);
    }
  });
}

/** Settles the shown review item's state name: what axe is about to see. */
async function shownState(page: Page): Promise<'front' | 'question' | 'done'> {
  const reveal = page.getByRole('button', { name: /Show answer/ });
  const check = page.getByRole('button', { name: 'Check answer' });
  const done = page.getByRole('heading', { level: 2, name: 'Session complete' });
  await expect(reveal.or(check).or(done)).toBeVisible();
  if (await reveal.isVisible()) return 'front';
  if (await check.isVisible()) return 'question';
  return 'done';
}

/** The first options of the question on screen, as many as it asks for ("Select TWO" → 2). */
async function firstOptions(page: Page): Promise<number[]> {
  const badge = (await page.locator('.study-card__kind .badge').allTextContents()).join(' ');
  const n = badge.includes('THREE') ? 3 : badge.includes('TWO') ? 2 : 1;
  return [...Array(n).keys()];
}

test('every review state, then a backup preview on the data page', async ({ page }) => {
  test.setTimeout(90_000);
  // A short session: five new items a day.
  await page.goto('/settings');
  await page.getByLabel('New items per day').fill('5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  await page.clock.install();
  await page.goto('/exams/dva-c02/review');
  await expect(page.getByRole('group', { name: 'Session progress' })).toBeVisible();
  const seen = new Set<string>();
  const answers = new Map<string, number[]>();
  const grades = page.getByRole('group', { name: 'How well did you know it?' });
  for (let state = await shownState(page); state !== 'done'; state = await shownState(page)) {
    if (state === 'front') {
      if (!seen.has('front')) await axe(page, 'review: card front');
      await page.getByRole('button', { name: /Show answer/ }).click();
      await expect(grades).toBeVisible();
      if (!seen.has('front')) await axe(page, 'review: card back');
      seen.add('front');
    } else {
      if (!seen.has('question')) await axe(page, 'review: question open');
      seen.add('question');
      // Each question is answered with its first options; one answered wrong comes back, and is
      // then answered with the right options it showed.
      const id = (await page.locator('.study-card').getAttribute('data-item-id')) ?? '';
      const choose = answers.get(id) ?? (await firstOptions(page));
      for (const i of choose) await page.locator('.option input').nth(i).check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(grades).toBeVisible();
      const right = await page.locator('.result__verdict--right').isVisible();
      const verdict = right ? 'right' : 'wrong';
      if (!seen.has(verdict)) await axe(page, `review: question checked ${verdict}`);
      seen.add(verdict);
      if (!right) {
        const marks = await page
          .locator('.option')
          .evaluateAll((os) =>
            os.flatMap((o, i) => (o.classList.contains('option--correct') ? [i] : [])),
          );
        answers.set(id, marks);
        await grades.getByRole('button', { name: /^Again/ }).click();
        // Its next step is a minute away.
        await page.clock.fastForward('02:00');
        continue;
      }
    }
    // Easy: the item leaves today's queue, so the session ends.
    await grades.getByRole('button', { name: /^Easy/ }).click();
  }
  expect([...seen].sort()).toEqual(['front', 'question', 'right', 'wrong']);
  await axe(page, 'review: session complete');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'All caught up' })).toBeVisible();
  await axe(page, 'review: all caught up');

  await page.goto('/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const path = test.info().outputPath('backup.json');
  await (await download).saveAs(path);
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.locator('.restore-preview')).toBeVisible();
  await axe(page, 'data: backup preview');
});

test('the search dialog with results, and the item pages of a card and a question', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/exams/dva-c02');
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
  await page.keyboard.press('/');
  const field = page.getByRole('combobox', { name: /Search chapters/ });
  await expect(page.getByRole('status').filter({ hasText: 'Type a word' })).toBeVisible();
  await axe(page, 'search dialog, empty');
  await field.fill('snapstrat');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await axe(page, 'search dialog with results');
  await field.fill('zzzzqqqq');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible();
  await axe(page, 'search dialog, nothing found');
  await page.keyboard.press('Escape');
  for (const id of ['dva-c-lifecycle-phases', 'clf-q-s3-thumbnail-least-ops']) {
    await page.goto(`/item/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await axe(page, `item ${id}`);
  }
  await page.goto('/item/not-an-item');
  await expect(page.getByRole('heading', { level: 1, name: 'No such item' })).toBeVisible();
  await axe(page, 'item not found');
});

test('settings: the memory model offered, fitting, its evidence and confirmation, applied', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await seedOptimiserHistory(page, 3000);
  const section = page.getByRole('region', { name: 'Your memory model' });
  await expect(section.getByRole('button', { name: 'Optimise my schedule' })).toBeVisible();
  await axe(page, 'memory model, offered');
  await section.getByRole('button', { name: 'Optimise my schedule' }).click();
  await expect(section.getByRole('progressbar')).toBeVisible();
  await axe(page, 'memory model, fitting');
  await expect(section.getByRole('table')).toBeVisible({ timeout: 90_000 });
  await section.getByRole('button', { name: 'Apply…' }).click();
  await axe(page, 'memory model, evidence and confirmation');
  await section.getByRole('button', { name: 'Apply the fitted parameters' }).click();
  await expect(section.getByText(/^Applied:/)).toBeVisible({ timeout: 60_000 });
  await axe(page, 'memory model, applied');
});
