/**
 * Reading, in real Chromium against the production build:
 * - home lists the three exams; choosing one opens its library and is remembered after a reload;
 * - a chapter opens from the library, its section navigator jumps to a section;
 * - a deep link to a chapter section survives a reload and lands on that section;
 * - unknown routes show a "not found" page, not a blank screen.
 */
import { expect, test } from '@playwright/test';

test('home → library → chapter → section link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Lambda, exam-ready');
  await expect(page.getByRole('article')).toHaveCount(3);
  for (const code of ['CLF-C02', 'DVA-C02', 'SAA-C03']) {
    await expect(page.getByRole('link', { name: new RegExp(`Study ${code}`) })).toBeVisible();
  }

  await page.getByRole('link', { name: /Study DVA-C02/ }).click();
  await expect(page).toHaveURL(/\/exams\/dva-c02$/);
  const chapters = page.getByRole('region', { name: 'Chapters' }).getByRole('listitem');
  await expect(chapters.first()).toBeVisible();
  expect(await chapters.count()).toBeGreaterThan(0);

  const firstChapter = chapters.first().getByRole('link');
  const title = (await firstChapter.textContent()) ?? '';
  await firstChapter.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.prose h2').first()).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'On this page' });
  const sectionLinks = nav.getByRole('link');
  const last = sectionLinks.last();
  const href = (await last.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#/);
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href)).toBeInViewport();

  // The chosen exam is remembered across a reload.
  await page.goto('/');
  await page.reload();
  await expect(page.getByRole('link', { name: /Continue DVA-C02/ })).toBeVisible();
});

test('a deep link to a section survives a reload', async ({ page }) => {
  await page.goto('/exams/clf-c02');
  const link = page.getByRole('region', { name: 'Chapters' }).getByRole('link').first();
  await link.click();
  const firstSection = page.locator('.prose h2').nth(1);
  const id = await firstSection.getAttribute('id');
  const url = `${new URL(page.url()).pathname}#${id}`;
  await page.goto(url);
  await page.reload();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator('.prose')).toContainText(/\S/);
});

test('facts render as values, never as raw placeholders', async ({ page }) => {
  await page.goto('/exams/dva-c02');
  const links = page.getByRole('region', { name: 'Chapters' }).getByRole('link');
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    await page.goto('/exams/dva-c02');
    await links.nth(i).click();
    await expect(page.locator('.prose')).toBeVisible();
    await expect(page.locator('.prose')).not.toContainText('{{');
  }
});

test('unknown pages and chapters say so', async ({ page }) => {
  await page.goto('/read/not-a-chapter');
  await expect(page.getByRole('heading', { name: 'No such chapter' })).toBeVisible();
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
});
