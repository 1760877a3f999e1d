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
import { readFileSync } from 'node:fs';
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
    handlers: number[];
    eventTiming(): (number | null)[];
    eventParts(): { duration: number; delay: number; processing: number }[];
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
  const exam = process.env.BENCH_EXAM_IN_DAYS;
  await page.goto(`http://127.0.0.1:4180/${exam ? `?examInDays=${exam}` : ''}`);
  if (exam) console.log(`With DVA-C02's exam date ${exam} days from now (BENCH_EXAM_IN_DAYS)`);
  const setup = await page.evaluate(() => window.bench.setup());
  const baseline = (await page.evaluate(() => window.bench.baseline())).sort((a, b) => a - b);
  // The same measure for a key that changes one line of text: this machine's floor.
  const floorsCpu = cpuTimes();
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
  const floorsSteal = stolenSince(floorsCpu);
  await page.evaluate(() => window.bench.mount());
  const gradesCpu = cpuTimes();
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
  const gradesSteal = stolenSince(gradesCpu);
  const timing = await page.evaluate(() => window.bench.eventTiming());
  const parts = await page.evaluate(() => window.bench.eventParts());
  const samples = (await page.evaluate(() => window.bench.samples)).sort((a, b) => a - b);
  const commits = (await page.evaluate(() => window.bench.commits)).sort((a, b) => a - b);
  const handlers = (await page.evaluate(() => window.bench.handlers)).sort((a, b) => a - b);
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
  /** "p50 4.1 ms, p95 8.5 ms" of sorted figures. */
  const p50p95 = (sorted: readonly number[]) =>
    `p50 ${f(percentile(sorted, 0.5))} ms, p95 ${f(percentile(sorted, 0.95))} ms`;
  console.log(
    `  readiness at a glance (10,000 items, every stored state): ${setup.readinessMedianMs?.toFixed(1)} ms median of 7, max ${setup.readinessMaxMs?.toFixed(1)} ms`,
  );
  console.log(`  baseline, idle → next painted frame: ${p50p95(baseline)}`);
  console.log(`  grade key handlers (store, React render and commit, focus): ${p50p95(handlers)}`);
  console.log(`  grade → next item in the DOM: ${p50p95(commits)}`);
  console.log(
    `  grade → next paint, browser Event Timing (INP's measure): ${eventSummary(timing)}`,
  );
  console.log(
    `    where it went, for those ${parts.length} of 16 ms or more: ${partsSummary(parts)}`,
  );
  console.log(
    `  the same for a key that only changes one line of text (this machine's floor): ${eventSummary(trivial)}`,
  );
  console.log(
    `  the same for a grade's DOM change made by hand, without React or the store: ${eventSummary(plain)}`,
  );
  console.log(
    `  CPU time taken by the host (steal) while measuring: ${stealText(floorsSteal)} during the floors, ${stealText(gradesSteal)} during the grades`,
  );
  console.log(
    `  grade → the frame handed over, rAF then a message (${samples.length} grades; not its display): ${p50p95(samples)}, max ${f(percentile(samples, 1))} ms`,
  );
} finally {
  await browser.close();
  server.httpServer.close();
}

/** The value at quantile `q` (0–1) of ascending `sorted` figures; NaN if there are none. */
function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
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
    const v = percentile(ranked, q);
    return v === 0 ? '<16' : String(v);
  };
  const spread = [...buckets]
    .sort(([a], [b]) => (a === '<16' ? 0 : Number(a)) - (b === '<16' ? 0 : Number(b)))
    .map(([k, v]) => `${k} ms ×${v}`)
    .join(', ');
  return `${timing.length} presses, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms; ${spread}`;
}

/**
 * Event Timing splits an interaction: input delay (the main thread was busy when the key came),
 * processing (the handlers: store, React render and commit, focus) and presentation (the rest, to
 * the paint: style, layout, paint, raster, compositing; ±4 ms, as the duration is rounded).
 */
function partsSummary(parts: { duration: number; delay: number; processing: number }[]): string {
  if (parts.length === 0) return 'none';
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `p50 ${percentile(s, 0.5).toFixed(1)}, p95 ${percentile(s, 0.95).toFixed(1)} ms`;
  };
  return [
    `input delay ${stat(parts.map((p) => p.delay))}`,
    `handlers ${stat(parts.map((p) => p.processing))}`,
    `to the paint ${stat(parts.map((p) => p.duration - p.delay - p.processing))}`,
  ].join('; ');
}

/**
 * This machine's CPU counters (Linux /proc/stat, in clock ticks), or null elsewhere. "Steal" is
 * time the virtual machine's host gave to others: on a 2-core VM it moves every timing above.
 */
function cpuTimes(): { steal: number; total: number } | null {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    return { steal: fields[7] ?? 0, total: fields.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/** Share of CPU time stolen by the host since `start` (0–1), or null when unknown. */
function stolenSince(start: { steal: number; total: number } | null): number | null {
  const end = cpuTimes();
  if (!start || !end || end.total === start.total) return null;
  return (end.steal - start.steal) / (end.total - start.total);
}

function stealText(share: number | null): string {
  return share === null ? 'unknown' : `${(100 * share).toFixed(1)}%`;
}
