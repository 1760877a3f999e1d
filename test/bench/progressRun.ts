/**
 * `npm run bench:progress`: builds the benchmark pages, serves them, and opens the progress
 * screen in Debian's Chromium over 10,000 items and 100,000 review-log rows (test/bench/
 * progress.tsx), five times (RUNS=n to change; BENCH_PORT picks the port, default 4181). Prints, per run: time to the first chart, time to all figures, and
 * the longest main-thread task while it loaded (PerformanceObserver "longtask": tasks of 50 ms or
 * more; none means none that long). Asserts nothing: timings vary by machine.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import type { ProgressBench } from './progressBench.ts';

declare const window: { progressBench: ProgressBench };

const here = fileURLToPath(new URL('.', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4181);

execFileSync('npx', ['vite', 'build', '--config', `${here}vite.config.ts`], { stdio: 'inherit' });
const server = await preview({
  configFile: `${here}vite.config.ts`,
  preview: { port, strictPort: true, host: '127.0.0.1' },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`http://127.0.0.1:${port}/progress.html`);
  const setup = await page.evaluate(() => window.progressBench.setup());
  console.log('\nProgress benchmark (real Chromium IndexedDB, production build, module worker)');
  console.log(
    `  data: ${setup.memoryRows} memory rows of 10,000 items, ${setup.logRows} review-log rows (filled in ${setup.fillMs.toFixed(0)} ms)`,
  );
  for (let run = 1; run <= RUNS; run++) {
    // A fresh page each run: the worker starts cold and opens the database itself.
    await page.goto(`http://127.0.0.1:${port}/progress.html`);
    await page.evaluate(() => window.progressBench.mount());
    await page.waitForFunction(() => window.progressBench.result !== null, null, {
      timeout: 60_000,
      polling: 100,
    });
    const r = await page.evaluate(() => window.progressBench.result);
    const f = (n: number | null | undefined) => (n == null ? '–' : n.toFixed(0));
    const longest = r && r.longTasks.length > 0 ? Math.max(...r.longTasks) : null;
    console.log(
      `  run ${run}: first chart ${f(r?.firstChartMs)} ms, all figures ${f(r?.allFiguresMs)} ms, ` +
        `long tasks ${r?.longTasks.length ?? 0}${longest === null ? '' : ` (longest ${f(longest)} ms)`}`,
    );
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
