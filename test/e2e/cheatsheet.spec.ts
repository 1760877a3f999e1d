/**
 * "Numbers and traps": reached from the exam page, every figure with its value, what it used to
 * be, its source and a link back to the section of each trap; printed by Chromium, each exam's
 * sheet is a two-page handout with nothing of the app's frame on it; offline once visited.
 */
import { expect, test, serviceWorkerReady } from './helpers';

test('the exam page leads to the sheet: figures, what they were, sources, traps', async ({
  page,
}) => {
  await page.goto('/exams/dva-c02');
  await page.getByRole('link', { name: 'Numbers and traps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Numbers and traps/ })).toBeVisible();
  await expect(page).toHaveTitle(/DVA-C02 numbers and traps/);

  const memory = page.getByRole('row', { name: /Largest memory setting/ });
  await expect(memory).toContainText('10,240 MB (10 GB)');
  await expect(memory).toContainText('was 3,008 MB until December 2020');
  await expect(memory.getByRole('link', { name: 'configuration-memory' })).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
  );
  await expect(
    page.getByText(/Figures checked against AWS documentation on \d{4}-\d{2}-\d{2}/),
  ).toBeVisible();

  // A trap links to the section that teaches it, and the chapter opens there.
  const mixUp = page.locator('.sheet-callout', { hasText: 'Event vs context' });
  await expect(mixUp).toContainText('Mix-up');
  await mixUp.getByRole('link').click();
  await expect(page).toHaveURL(
    /\/read\/dva-execution-environment#the-handler-and-the-context-object$/,
  );
  await expect(page.locator('#the-handler-and-the-context-object')).toBeInViewport();
});

test('each exam prints as two A4 pages without the app header', async ({ page }) => {
  for (const exam of ['clf-c02', 'dva-c02', 'saa-c03']) {
    await page.goto(`/exams/${exam}/cheat-sheet`);
    await expect(page.getByRole('heading', { name: /^Domain 1/ })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `${exam} pages`).toBeLessThanOrEqual(2);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: /^Domain 1/ })).toBeVisible();
});

test('the sheet opens offline once the app is installed', async ({ page, context }) => {
  await page.goto('/exams/saa-c03');
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.goto('/exams/saa-c03/cheat-sheet');
  await expect(page.getByRole('heading', { name: /^Domain 1/ })).toBeVisible();
  await expect(page.locator('.sheet-facts tbody tr').first()).toBeVisible();
});
