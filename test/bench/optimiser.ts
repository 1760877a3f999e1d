/**
 * `npm run bench:optimiser`: "Optimise my schedule" on generated histories of 10,000 and 100,000
 * review-log rows, in Debian's Chromium against the production build (run `npx vite build`
 * first). Prints figures only; asserts nothing (timings vary by machine).
 *
 *   fit: fsrs-browser's computeParameters in the worker, as the worker times it
 *   click → evidence: reading the log in the worker, building items, loading the wasm, the fit,
 *     and evaluating three parameter sets on the held-out reviews
 *   longest main-thread task (PerformanceObserver "longtask", ≥ 50 ms) from the click until the
 *     evidence shows, and from Apply until the result shows (the page re-reads progress then)
 */
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { writeHistory, HISTORY_START } from '../e2e/optimiserHelpers.ts';
import { generateHistory } from '../support/reviewHistory.ts';

declare const window: { longTasks: { start: number; duration: number }[] };

const PORT = Number(process.env.BENCH_PORT ?? 4181);
const SIZES = (process.env.BENCH_ROWS ?? '10000,100000').split(',').map(Number);

/** Long tasks recorded since the last call (and forgets them). */
const takeLongTasks = async (page: Page) => {
  const tasks = await page.evaluate(() => window.longTasks.splice(0, window.longTasks.length));
  if (process.env.BENCH_VERBOSE) console.log(tasks);
  return tasks.map((t) => t.duration);
};

async function run(page: Page, rows: number) {
  const started = performance.now();
  const history = generateHistory({ rows, start: HISTORY_START, fuzz: true });
  const generated = performance.now() - started;
  await page.goto(`http://127.0.0.1:${String(PORT)}/settings`);
  await page.getByRole('heading', { name: 'Study settings' }).waitFor();
  await writeHistory(page, history);
  await page.reload();
  const section = page.getByRole('region', { name: 'Your memory model' });
  await section.getByRole('button', { name: 'Optimise my schedule' }).waitFor();
  await takeLongTasks(page);
  if (process.env.BENCH_VERBOSE)
    console.log('click at', await page.evaluate(() => performance.now()));
  const clicked = performance.now();
  await section.getByRole('button', { name: 'Optimise my schedule' }).click();
  await section.getByRole('table').waitFor({ timeout: 15 * 60_000 });
  const toEvidence = performance.now() - clicked;
  const fitLongTasks = await takeLongTasks(page);
  const fitS = Number(await section.locator('.optimiser__fit-time').textContent());
  const rowsText = await section.getByRole('table').locator('tbody tr').allTextContents();
  let applyLongTasks: number[] = [];
  let applyMs = NaN;
  const apply = section.getByRole('button', { name: 'Apply…' });
  if (await apply.isVisible()) {
    await apply.click();
    const appliedAt = performance.now();
    await section.getByRole('button', { name: 'Apply the fitted parameters' }).click();
    await section.getByText(/^Applied:/).waitFor({ timeout: 10 * 60_000 });
    applyMs = performance.now() - appliedAt;
    applyLongTasks = await takeLongTasks(page);
  }
  const max = (xs: number[]) => (xs.length ? Math.max(...xs).toFixed(0) : 'none ≥ 50');
  console.log(
    [
      `${String(rows)} log rows (${String(history.memory.length)} items; generated in ${(generated / 1000).toFixed(1)} s)`,
      `  fit (worker): ${fitS.toFixed(1)} s; click → evidence: ${(toEvidence / 1000).toFixed(1)} s`,
      `  longest main-thread task while fitting: ${max(fitLongTasks)} ms (${String(fitLongTasks.length)} long tasks)`,
      `  apply (recompute in the worker + page re-read): ${(applyMs / 1000).toFixed(1)} s; longest main-thread task: ${max(applyLongTasks)} ms (${String(applyLongTasks.length)})`,
      ...rowsText.map((r) => `  ${r}`),
    ].join('\n'),
  );
}

const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const rows of SIZES) {
    const context = await browser.newContext({ timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window;
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await run(page, rows);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
