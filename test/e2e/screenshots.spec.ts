/**
 * Not part of the test run: `SCREENSHOTS=1 npx playwright test screenshots` writes PNGs of every
 * screen at phone (390 px) and desktop (1280 px) width to ./screenshots for review by eye.
 */

const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const { name, width, height } of widths) {
  test(`screens at ${name} width`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.screenshot({ path: `screenshots/${name}-home.png`, fullPage: true });
    await page.goto('/exams/dva-c02');
    await page.getByRole('region', { name: 'Today' }).waitFor();
    await page.screenshot({ path: `screenshots/${name}-library.png`, fullPage: true });
    await page.getByRole('region', { name: 'Chapters' }).getByRole('link').first().click();
    await page.locator('.prose h2').first().waitFor();
    await page.screenshot({ path: `screenshots/${name}-reader-top.png` });
    await page.locator('.callout').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/${name}-reader-callout.png` });
    await page.locator('.prose table').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/${name}-reader-table.png` });
    await page.locator('.prose pre').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/${name}-reader-code.png` });

    await page.goto('/exams/saa-c03');
    await page
      .getByRole('region', { name: 'Today' })
      .getByRole('link', { name: 'Start review' })
      .click();
    const reveal = page.getByRole('button', { name: /Show answer/ });
    await reveal.waitFor();
    await page.screenshot({ path: `screenshots/${name}-review-card-front.png`, fullPage: true });
    await reveal.click();
    await page.screenshot({ path: `screenshots/${name}-review-card-back.png`, fullPage: true });
    await page.getByRole('button', { name: /^Good/ }).click();
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    await page.screenshot({ path: `screenshots/${name}-review-question.png`, fullPage: true });
    const badge = (await page.locator('.study-card__kind .badge').allTextContents()).join(' ');
    const picks = badge.includes('THREE') ? 3 : badge.includes('TWO') ? 2 : 1;
    for (let i = 1; i <= picks; i++) await page.locator('.option input').nth(i).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.screenshot({ path: `screenshots/${name}-review-checked.png`, fullPage: true });
    // Empty state: nothing due, no new items allowed today.
    await page.goto('/settings');
    await page.getByLabel('New items per day').fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.goto('/exams/clf-c02/review');
    await page.getByRole('heading', { name: /All caught up/ }).waitFor();
    await page.screenshot({ path: `screenshots/${name}-review-empty.png` });
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await page.screenshot({ path: `screenshots/${name}-settings.png`, fullPage: true });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`practice-exam screens, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const shoot = async (screen: string) => {
      for (const { name, width, height } of [
        ...widths,
        { name: 'narrow', width: 320, height: 700 },
      ]) {
        await page.setViewportSize({ width, height });
        await page.screenshot({
          path: `screenshots/${name}-${scheme}-practice-${screen}.png`,
          fullPage: true,
        });
      }
    };
    await page.goto('/exams/dva-c02/practice');
    await page.getByRole('radio', { name: '10 questions' }).check();
    await shoot('setup');
    await page.getByRole('button', { name: /^Start/ }).click();
    await page.getByRole('heading', { level: 2, name: /Question 1/ }).waitFor();
    await page.locator('.taking-options input').first().check();
    await page.getByRole('button', { name: /Flag for review/ }).click();
    await shoot('taking');
    // The navigator (with its Review and submit) folds away on narrow screens.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page
      .getByRole('button', { name: /Review and submit/ })
      .first()
      .click();
    await shoot('submit');
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('heading', { level: 1, name: /results/ }).waitFor();
    await shoot('results');
    await page.goto('/exams/dva-c02/practice');
    await page.getByRole('table').waitFor();
    await shoot('history');
  });
}
import { test } from './helpers';
