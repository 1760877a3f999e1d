/**
 * The progress screen in real Chromium, on a learner with a generated history:
 * - the heatmap, forecast, true retention and mastery sections show their charts and tables;
 * - setting an exam date shows the plan, and changing it changes the plan;
 * - the weakest-task-statements link starts a review focused on them.
 *
 * The history is seeded by ./history.ts.
 */
import { expect, test } from './helpers';
import { dateIn, seedHistory } from './history';

test('a learner with a history sees heatmap, forecast, retention, mastery and the plan', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await seedHistory(page);
  await page.goto('/exams/dva-c02');
  await page.getByRole('link', { name: 'Progress and readiness' }).click();
  await expect(page).toHaveTitle(/DVA-C02 progress/);
  await expect(page.getByRole('img', { name: /^Calendar of reviews per day/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Bar chart of reviews due per day/ })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Bar chart of true retention per week/ }),
  ).toBeVisible();
  await expect(page.getByText(/\d+ days current streak/)).toBeVisible();
  const mastery = page.getByRole('table', { name: 'Mastery by task statement, weakest first' });
  await expect(mastery.getByRole('row').nth(1)).toContainText('%');
  await expect(page.getByText('Lambda part only.')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'All figures are ready.' }),
  ).toBeAttached();

  // An exam date six weeks away: the plan, its workload chart and a date column in mastery.
  const plan = page.getByRole('region', { name: 'Exam-date plan' });
  await expect(plan).toContainText('Set the date of your exam');
  await plan.getByLabel('Exam date').fill(dateIn(42));
  await plan.getByRole('button', { name: 'Save date' }).click();
  const workload = plan.getByRole('img', { name: /^Stacked bar chart: reviews, learning steps/ });
  await expect(workload).toBeVisible();
  await expect(plan.locator('.plan-status')).toContainText(/4[12] study days left/);
  await expect(mastery.getByRole('columnheader', { name: /^On / })).toBeVisible();

  // Ten days away: fewer days left, and behind at the default 20 new items a day.
  await plan.getByLabel('Exam date').fill(dateIn(10));
  await plan.getByRole('button', { name: 'Save date' }).click();
  await expect(plan.locator('.plan-status')).toContainText(/(9|10) study days left/);
  await expect(plan.locator('.plan-status')).toContainText('Behind');
  await expect(plan).toContainText(/Catching up means \d+ more new a day/);
});

test('the weakest task statements link starts a review focused on them', async ({ page }) => {
  test.setTimeout(90_000);
  await seedHistory(page);
  await page.goto('/exams/dva-c02/progress');
  const link = page.getByRole('link', { name: 'Review the 3 weakest task statements' });
  const href = (await link.getAttribute('href')) ?? '';
  expect(decodeURIComponent(href.split('tasks=')[1] ?? '').split(',')).toHaveLength(3);
  await link.click();
  await expect(page).toHaveURL(/\/exams\/dva-c02\/review\?tasks=/);
  await expect(page.getByText(/^Focused review of task statements/)).toBeVisible();
  const reveal = page.getByRole('button', { name: /Show answer/ });
  await expect(reveal.or(page.getByRole('button', { name: 'Check answer' }))).toBeVisible();
});

test('screenshots at 390 and 1280 px, light and dark (with SHOTS_DIR set)', async ({ page }) => {
  const dir = process.env.SHOTS_DIR;
  test.skip(!dir, 'set SHOTS_DIR to a folder to write the screenshots into');
  test.setTimeout(120_000);
  await seedHistory(page);
  await page.goto('/exams/dva-c02/progress');
  await expect(
    page.getByRole('status').filter({ hasText: 'All figures are ready.' }),
  ).toBeAttached();
  const plan = page.getByRole('region', { name: 'Exam-date plan' });
  await plan.getByLabel('Exam date').fill(dateIn(30));
  await plan.getByRole('button', { name: 'Save date' }).click();
  await expect(plan.getByRole('img')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: `${dir}/progress-${width}-${colorScheme}.png`,
        fullPage: true,
      });
    }
    // Each section alone at phone width, to look at closely.
    await page.setViewportSize({ width: 390, height: 900 });
    const sections = page.locator('.progress-section');
    for (let i = 0; i < (await sections.count()); i++)
      await sections.nth(i).screenshot({ path: `${dir}/section-${i}-390-${colorScheme}.png` });
  }
});
