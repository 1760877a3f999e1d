/**
 * "Optimise my schedule" in real Chromium, against the production build, offline:
 * - with a generated history of 3,000 reviews in IndexedDB, Settings offers the action;
 * - the fit runs in a worker (fsrs-browser's WebAssembly from the service worker's precache)
 *   and shows log loss and RMSE (bins) of the defaults and the fit on held-out reviews;
 * - Apply asks first, then recomputes the schedule: due dates change and the count is shown;
 * - Revert restores every due date as it was;
 * - Cancel stops a fit and changes nothing; the page stays usable while the fit runs;
 * - the wasm is fetched only when the learner asks, never on the way to the page.
 */
import { expect, test, serviceWorkerReady } from './helpers';
import { dueDates, seedHistory } from './optimiserHelpers';

test.describe.configure({ timeout: 120_000 });
// Study days as the generated history's (04:00 UTC), so the fit is the same on every machine.
test.use({ timezoneId: 'UTC' });

test('optimise offline: evidence, apply moves due dates, revert restores them', async ({
  page,
  context,
}) => {
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(r.url());
  });
  await seedHistory(page, 3000);
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.reload();
  const section = page.getByRole('region', { name: 'Your memory model' });
  await expect(section).toContainText('FSRS-6’s default parameters');
  const before = await dueDates(page);
  expect(Object.keys(before).length).toBeGreaterThan(200);
  // Reaching Settings (and everything before) did not load the optimiser.
  expect(wasm).toEqual([]);

  await section.getByRole('button', { name: 'Optimise my schedule' }).click();
  await expect(section.getByRole('progressbar')).toBeVisible();
  const table = section.getByRole('table');
  await expect(table).toBeVisible({ timeout: 90_000 });
  expect(wasm).toHaveLength(1);
  await expect(table.getByRole('row', { name: /FSRS-6 defaults/ })).toBeVisible();
  const fitted = table.getByRole('row', { name: /Fitted to you/ });
  const figures = async (name: RegExp) =>
    (await table.getByRole('row', { name }).getByRole('cell').allTextContents()).map(Number);
  const [defaultLoss, defaultRmse] = await figures(/FSRS-6 defaults/);
  const [fitLoss, fitRmse] = await figures(/Fitted to you/);
  await expect(fitted).toBeVisible();
  // The generated learner's memory is not the default one: the fit predicts better.
  expect(fitLoss).toBeLessThan(defaultLoss as number);
  expect(fitRmse).toBeLessThanOrEqual(defaultRmse as number);

  // Apply asks first; "Not now" changes nothing.
  await section.getByRole('button', { name: 'Apply…' }).click();
  await section.getByRole('button', { name: 'Not now' }).click();
  expect(await dueDates(page)).toEqual(before);
  await section.getByRole('button', { name: 'Apply…' }).click();
  await section.getByRole('button', { name: 'Apply the fitted parameters' }).click();
  const applied = section.getByRole('status').filter({ hasText: 'Applied:' });
  await expect(applied).toBeVisible({ timeout: 60_000 });
  const after = await dueDates(page);
  const moved = Object.keys(before).filter((id) => after[id] !== before[id]);
  expect(moved.length).toBeGreaterThan(0);
  const shown = /(\d+) now due on another day/.exec((await applied.textContent()) ?? '');
  expect(Number(shown?.[1])).toBeGreaterThan(0);
  expect(Number(shown?.[1])).toBeLessThanOrEqual(moved.length);
  await expect(section).toContainText('parameters fitted to your own reviews');

  await section.getByRole('button', { name: 'Revert to the previous parameters' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Reverted:' })).toBeVisible({
    timeout: 60_000,
  });
  expect(await dueDates(page)).toEqual(before);
  await expect(section).toContainText('FSRS-6’s default parameters');
  await expect(section.getByRole('button', { name: /Revert/ })).toHaveCount(0);
});

test('cancel stops the fit and changes nothing; the page answers while it runs', async ({
  page,
}) => {
  await seedHistory(page, 3000);
  const before = await dueDates(page);
  const section = page.getByRole('region', { name: 'Your memory model' });
  await section.getByRole('button', { name: 'Optimise my schedule' }).click();
  await expect(section.getByText('Fitting FSRS to your reviews…').first()).toBeVisible({
    timeout: 30_000,
  });
  // The form stays usable while the worker fits.
  const perDay = page.getByLabel('New items per day');
  await perDay.fill('17');
  await expect(perDay).toHaveValue('17');
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByText('Cancelled. Nothing changed.')).toBeVisible();
  await expect(section.getByRole('progressbar')).toHaveCount(0);
  expect(await dueDates(page)).toEqual(before);
  await expect(section.getByRole('button', { name: 'Optimise my schedule' })).toBeVisible();
});

test('with too little history the action is not offered yet, and says when it will be', async ({
  page,
}) => {
  await seedHistory(page, 150);
  const section = page.getByRole('region', { name: 'Your memory model' });
  await expect(section).toContainText(/Available after 80 reviews/);
  await expect(section.getByRole('button', { name: 'Optimise my schedule' })).toHaveCount(0);
});

test('the worker and its WebAssembly load under the app’s CSP (no blob: workers, no eval)', async ({
  browser,
}) => {
  // Without the service worker, so every response (page, worker script) carries the header.
  const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'UTC' });
  const csp = "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'";
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': csp },
    });
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await seedHistory(page, 3000);
  const section = page.getByRole('region', { name: 'Your memory model' });
  await section.getByRole('button', { name: 'Optimise my schedule' }).click();
  await expect(section.getByRole('table')).toBeVisible({ timeout: 90_000 });
  expect(violations).toEqual([]);
  await context.close();
});
