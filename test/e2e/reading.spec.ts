/**
 * Reading, in real Chromium against the production build:
 * - home lists the three exams; choosing one opens its library and is remembered after a reload;
 * - a chapter opens from the library, its section navigator jumps to a section;
 * - a deep link to a chapter section survives a reload and lands on that section;
 * - unknown routes show a "not found" page, not a blank screen;
 * - bad percent-encoding in a URL never breaks a page: an undecodable #fragment is ignored (the
 *   chapter shows, with header and footer, also after a reload), and one in a path shows the
 *   not-found page.
 */
import { expect, serviceWorkerReady, test } from './helpers';

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

// Regression: `/read/<id>#%E0%A4%A` threw "URI malformed" and replaced the page with the route
// error (no header or footer), on every reload.
test('a malformed #fragment leaves the chapter readable', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/exams/clf-c02');
  const href = await page
    .getByRole('region', { name: 'Chapters' })
    .getByRole('link')
    .first()
    .getAttribute('href');
  for (const fragment of ['%E0%A4%A', '%', '%zz']) {
    await page.goto(`${href ?? ''}#${fragment}`);
    for (let load = 0; load < 2; load++) {
      if (load) await page.reload();
      await expect(page.locator('.prose h2').first()).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeAttached();
      await expect(page.getByText('Something went wrong')).toHaveCount(0);
    }
  }
  // A section link still works after that.
  const section = page.getByRole('navigation', { name: 'On this page' }).getByRole('link').last();
  await section.click();
  await expect(page.locator((await section.getAttribute('href')) ?? '')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('a malformed path shows the not-found page', async ({ page }) => {
  // The preview server answers such a path with an empty 404; once the app is installed its
  // service worker answers every navigation with the app, which must cope.
  await page.goto('/');
  await serviceWorkerReady(page);
  await page.reload();
  const paths: [string, string][] = [
    ['/read/%E0%A4%A', 'No such chapter'],
    ['/exams/%E0%A4%A', 'No such exam'],
    ['/exams/%E0%A4%A/review', 'No such exam'],
    ['/exams/%E0%A4%A/practice', 'No such exam'],
    ['/exams/dva-c02/practice/%E0%A4%A', 'No such practice exam'],
    ['/%E0%A4%A', 'No such page'],
  ];
  for (const [path, heading] of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    await expect(page.getByRole('banner')).toBeVisible();
  }
});
