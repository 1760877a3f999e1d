/**
 * Reading and practice, connected (issue 17), in real Chromium on the production build:
 * - a question answered wrong offers Read “<section>”: it opens the chapter scrolled to that
 *   section (its heading in view) with a Back to your review bar, which returns to the same
 *   question with the same options checked and the verdict shown, not yet graded;
 * - Practise this chapter, at the end of a chapter, reviews only that chapter's items;
 * - axe (WCAG 2.2 AA + best practice, light and dark) on the checked-wrong question with its Read
 *   link, the reader opened from a review, the chapter's end and the chapter review; no sideways
 *   scroll at 320 px or at 200 % text in those states.
 */
import { axe, fitsNarrow as fits } from './fit';
import { expect, test } from './helpers';
import { type Page } from '@playwright/test';

const grades = (page: Page) => page.getByRole('group', { name: 'How well did you know it?' });

/**
 * Reviews until a question is answered wrong (cards graded Good, questions answered with their
 * first options, right ones graded Good); returns that question's id and the options chosen.
 */
async function answerAQuestionWrong(page: Page): Promise<{ id: string; chosen: number[] }> {
  for (let turn = 0; turn < 40; turn++) {
    const reveal = page.getByRole('button', { name: /Show answer/ });
    const check = page.getByRole('button', { name: 'Check answer' });
    await expect(reveal.or(check)).toBeVisible();
    if (await reveal.isVisible()) {
      await reveal.click();
      await grades(page).getByRole('button', { name: /^Good/ }).click();
      continue;
    }
    const id = (await page.locator('.study-card').getAttribute('data-item-id')) ?? '';
    const badge = (await page.locator('.study-card__kind .badge').allTextContents()).join(' ');
    const chosen = [...Array(badge.includes('THREE') ? 3 : badge.includes('TWO') ? 2 : 1).keys()];
    for (const i of chosen) await page.locator('.option input').nth(i).check();
    await check.click();
    await expect(grades(page)).toBeVisible();
    if (await page.locator('.result__verdict--wrong').isVisible()) return { id, chosen };
    await grades(page).getByRole('button', { name: /^Good/ }).click();
  }
  throw new Error('no question was answered wrong in 40 turns');
}

test('Read the section after a wrong answer, then back to the same question, answered', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/exams/dva-c02/review');
  const { id, chosen } = await answerAQuestionWrong(page);
  const read = page.getByRole('link', { name: /^Read “/ });
  await expect(read).toBeVisible();
  await axe(page, 'review: question checked wrong, with its Read link');
  await fits(page, 'review: question checked wrong');

  const href = (await read.getAttribute('href')) ?? '';
  const [, chapter, section] = /^\/read\/([a-z0-9-]+)\?review=[^#]+#(.+)$/.exec(href) ?? [];
  expect(chapter, href).toBeTruthy();
  await read.click();
  await expect(page).toHaveURL(new RegExp(`/read/${chapter ?? ''}\\?review=.*#${section ?? ''}$`));
  await expect(page.locator(`[id="${section ?? ''}"]`)).toBeInViewport();
  const back = page.getByRole('link', { name: 'Back to your review' });
  await expect(back).toBeInViewport();
  await axe(page, 'reader opened from a review');
  await fits(page, 'reader opened from a review');

  await back.click();
  await expect(page).toHaveURL(/\/exams\/dva-c02\/review$/);
  await expect(page.locator('.study-card')).toHaveAttribute('data-item-id', id);
  await expect(page.locator('.result__verdict--wrong')).toBeFocused();
  const inputs = page.locator('.option input');
  for (let i = 0; i < (await inputs.count()); i++)
    await (chosen.includes(i)
      ? expect(inputs.nth(i)).toBeChecked()
      : expect(inputs.nth(i)).not.toBeChecked());
  // Not graded yet: the grade is still to give, and giving it moves on.
  await grades(page)
    .getByRole('button', { name: /^Again/ })
    .click();
  await expect(page.locator(`.study-card[data-item-id="${id}"]`)).toHaveCount(0);
});

test("Practise this chapter reviews only that chapter's items", async ({ page }) => {
  test.setTimeout(90_000);
  const chapter = 'dva-invocation-models';
  await page.goto(`/read/${chapter}`);
  const end = page.getByRole('region', { name: 'Practise this chapter' });
  await end.scrollIntoViewIfNeeded();
  await expect(end).toContainText(/\d+ DVA-C02 flashcards and questions come from this chapter/);
  await axe(page, 'chapter end: Practise this chapter');
  await fits(page, 'chapter end');
  await end.getByRole('link', { name: 'Practise this chapter' }).click();
  await expect(page).toHaveURL(new RegExp(`/exams/dva-c02/review\\?chapter=${chapter}$`));
  await expect(page.locator('.review-focus')).toContainText('Practising one chapter');
  await axe(page, 'chapter review');
  await fits(page, 'chapter review');

  for (let turn = 0; turn < 8; turn++) {
    const card = page.locator('.study-card');
    await expect(card).toHaveAttribute('data-chapter', chapter);
    const reveal = page.getByRole('button', { name: /Show answer/ });
    const check = page.getByRole('button', { name: 'Check answer' });
    await expect(reveal.or(check)).toBeVisible();
    if (await reveal.isVisible()) {
      await reveal.click();
    } else {
      await page.locator('.option input').first().check();
      if (await check.isDisabled()) await page.locator('.option input').nth(1).check();
      if (await check.isDisabled()) await page.locator('.option input').nth(2).check();
      await check.click();
    }
    await grades(page)
      .getByRole('button', { name: /^Easy|^Again/ })
      .last()
      .click();
  }
});
