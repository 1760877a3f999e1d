/**
 * Search in real Chromium on the production build:
 * - `/` opens the dialog; "snapstrat" (a typo) finds SnapStart; ↓ and Enter open the active
 *   section at its heading, scrolled into view;
 * - Ctrl+K opens it from a chapter; Escape closes it and focus goes back where it was;
 * - a card or question result opens its item page with the answers;
 * - with the network cut after the first visit, search still loads its index and finds.
 */
import { type Page } from '@playwright/test';
import { appReady, expect, test, serviceWorkerReady } from './helpers';

const field = (page: Page) => page.getByRole('combobox', { name: /Search chapters/ });
const options = (page: Page) => page.getByRole('listbox', { name: 'Results' }).getByRole('option');

async function searchFor(page: Page, query: string) {
  await field(page).fill(query);
  await expect(page.getByRole('status').filter({ hasText: /results?\./ })).toBeVisible();
}

test('/ opens search; "snapstrat" finds SnapStart; ↓ + Enter opens the section in view', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appReady(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await expect(field(page)).toBeFocused();
  await searchFor(page, 'snapstrat');
  const sections = options(page).filter({ hasText: 'Chapter section' });
  await expect(sections.first()).toContainText(/SnapStart/);
  await expect(sections.first().locator('mark').first()).toHaveText(/snapstart/i);

  // Walk down to the first section result with ↓, as a keyboard user would.
  const all = await options(page).allTextContents();
  const target = all.findIndex((t) => t.startsWith('Chapter section'));
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const chosen = options(page).nth(target);
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  const title = (await chosen.locator('.search-result__title').textContent()) ?? '';
  await page.keyboard.press('Enter');

  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
  await expect(page).toHaveURL(/\/read\/[a-z0-9-]+#[a-z0-9-]+$/);
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const heading = page.locator(`[id="${hash}"]`);
  await expect(heading).toHaveText(title);
  await expect(heading).toBeInViewport();
});

test('Ctrl+K opens search from a chapter; Escape closes it and gives focus back', async ({
  page,
}) => {
  await page.goto('/read/dva-invocation-models');
  await expect(page.locator('.prose h2').first()).toBeVisible();
  await appReady(page);
  const link = page.getByRole('link', { name: 'Skip to content' });
  await link.focus();
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
  await searchFor(page, 'provisoned concurency');
  await expect(options(page).first()).toContainText(/provisioned concurrency/i);
  // The page behind is inert: Tab stays in the dialog.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog'));
    expect(inside || (await page.evaluate(() => document.activeElement === document.body))).toBe(
      true,
    );
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(link).toBeFocused();
});

test('a question result opens its item page with every answer explained', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('button', { name: 'Search' }).click();
  await searchFor(page, 'thumbnails uploaded images');
  const question = options(page).filter({ hasText: 'Question' }).first();
  await expect(question).toContainText('Thumbnails for uploaded images');
  await question.click();
  await expect(page).toHaveURL(/\/item\/clf-q-s3-thumbnail-least-ops$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Thumbnails for uploaded images',
  );
  await expect(page.getByRole('listitem', { name: /, correct$/ })).toHaveCount(1);
  await expect(page.getByRole('listitem', { name: /, wrong$/ })).toHaveCount(3);
});

test('offline after the first visit: search loads its index and finds', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appReady(page);
  await page.keyboard.press('/');
  await searchFor(page, 'snapstrat');
  await expect(options(page).first()).toContainText(/SnapStart/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/(read|item)\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
