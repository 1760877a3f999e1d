/**
 * `npm run bench:study`: builds the benchmark page, serves it, and drives it in Debian's Chromium.
 * Prints figures only; it asserts nothing about speed (timings vary by machine).
 *
 *   time to build today's queue (10,000 items, 100,000 log rows): IndexedDB load + queue build
 *   grade → next item painted: p50 and p95 over 200 flashcard grades through the real UI, each
 *   100–200 ms after the answer was shown (a learner reads it first), with two floors measured the
 *   same way: a key that changes one line of text, and the grade's DOM change made by hand
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

/** What test/bench/bench.tsx puts on the page's window (page.evaluate callbacks run there). */
declare const window: {
  bench: {
    setup(): Promise<Record<string, number>>;
    baseline(): Promise<number[]>;
    mount(): Promise<void>;
    samples: number[];
    commits: number[];
    eventTiming(): (number | null)[];
    trivialInteraction(): void;
    stopTrivial(): (number | null)[];
    plainSwap(): void;
    stopPlainSwap(): (number | null)[];
  };
};

const here = fileURLToPath(new URL('.', import.meta.url));
const GRADES = 200;

execFileSync('npx', ['vite', 'build', '--config', `${here}vite.config.ts`], { stdio: 'inherit' });
const server = await preview({
  configFile: `${here}vite.config.ts`,
  preview: { port: 4180, strictPort: true, host: '127.0.0.1' },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto('http://127.0.0.1:4180/');
  const setup = await page.evaluate(() => window.bench.setup());
  const baseline = (await page.evaluate(() => window.bench.baseline())).sort((a, b) => a - b);
  // The same measure for a key that changes one line of text: this machine's floor.
  await page.evaluate(() => window.bench.trivialInteraction());
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(100 + ((i * 37) % 100));
    await page.keyboard.press('x');
  }
  await page.waitForTimeout(500);
  const trivial = await page.evaluate(() => window.bench.stopTrivial());
  // And for the DOM change of a grade, made by hand (no React, no store): the browser's own cost.
  await page.evaluate(() => window.bench.plainSwap());
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('u');
    await page.waitForTimeout(100 + ((i * 37) % 100));
    await page.keyboard.press('y');
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(500);
  const plain = await page.evaluate(() => window.bench.stopPlainSwap());
  await page.evaluate(() => window.bench.mount());
  const reveal = page.getByRole('button', { name: /Show answer/ });
  for (let i = 0; i < GRADES; i++) {
    await reveal.waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
    // A learner reads the answer before grading: wait 100–200 ms, so the grade does not land in
    // the same 16.7 ms frame slot as the answer's own paint.
    await page.waitForTimeout(100 + ((i * 37) % 100));
    const before = await page.evaluate(() => window.bench.samples.length);
    await page.keyboard.press(i % 5 === 0 ? '1' : '3');
    // Interval polling: the default polls inside animation frames, the very frames being timed.
    await page.waitForFunction((n) => window.bench.samples.length > n, before, { polling: 50 });
  }
  await page.waitForTimeout(500);
  const timing = await page.evaluate(() => window.bench.eventTiming());
  const samples = (await page.evaluate(() => window.bench.samples)).sort((a, b) => a - b);
  const commits = (await page.evaluate(() => window.bench.commits)).sort((a, b) => a - b);
  const pct = (p: number) =>
    samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? NaN;
  const f = (n: number | undefined) => (n ?? NaN).toFixed(1);
  console.log('\nStudy benchmark (real Chromium IndexedDB, production build)');
  console.log(
    `  data: ${setup.memoryRows} memory rows of 10,000 items, ${setup.logRows} review-log rows (filled in ${f(setup.fillMs)} ms)`,
  );
  console.log(
    `  opening the database (once per app start, not part of the queue): ${f(setup.openMedianMs)} ms (median of 7)`,
  );
  console.log(
    `  today's queue (${setup.queueLength} items): load ${f(setup.loadMedianMs)} ms + build ${f(setup.buildMedianMs)} ms = ${f(setup.totalMedianMs)} ms (median of 7)`,
  );
  console.log(
    `  today's queue, first run after the page opened: load ${f(setup.firstLoadMs)} ms + build ${f(setup.firstBuildMs)} ms`,
  );
  const cp = (p: number) =>
    commits[Math.min(commits.length - 1, Math.floor((p / 100) * commits.length))] ?? NaN;
  const bp = (p: number) => baseline[Math.floor((p / 100) * (baseline.length - 1))] ?? NaN;
  console.log(`  baseline, idle → next painted frame: p50 ${f(bp(50))} ms, p95 ${f(bp(95))} ms`);
  console.log(`  grade → next item in the DOM: p50 ${f(cp(50))} ms, p95 ${f(cp(95))} ms`);
  console.log(
    `  grade → next paint, browser Event Timing (INP's measure): ${eventSummary(timing)}`,
  );
  console.log(
    `  the same for a key that only changes one line of text (this machine's floor): ${eventSummary(trivial)}`,
  );
  console.log(
    `  the same for a grade's DOM change made by hand, without React or the store: ${eventSummary(plain)}`,
  );
  console.log(
    `  grade → after-paint task ran (${samples.length} grades; includes work queued after the frame): p50 ${f(pct(50))} ms, p95 ${f(pct(95))} ms, max ${f(pct(100))} ms`,
  );
} finally {
  await browser.close();
  server.httpServer.close();
}

/**
 * Event Timing reports durations in 8 ms steps and only from 16 ms up; faster ones are null here
 * and count as "<16".
 */
function eventSummary(timing: (number | null)[]): string {
  const buckets = new Map<string, number>();
  for (const d of timing) {
    const key = d === null ? '<16' : String(d);
    buckets.set(key, (buckets.get(key) ?? 0) + 1);
  }
  const ranked = timing.map((d) => d ?? 0).sort((a, b) => a - b);
  const at = (q: number) => {
    const v = ranked[Math.min(ranked.length - 1, Math.floor(q * ranked.length))] ?? 0;
    return v === 0 ? '<16' : String(v);
  };
  const spread = [...buckets]
    .sort(([a], [b]) => (a === '<16' ? 0 : Number(a)) - (b === '<16' ? 0 : Number(b)))
    .map(([k, v]) => `${k} ms ×${v}`)
    .join(', ');
  return `${timing.length} presses, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms; ${spread}`;
}
