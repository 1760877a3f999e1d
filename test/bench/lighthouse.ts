/**
 * `npm run bench:lighthouse [-- --dist <dir>] [-- --runs <n>]`: Lighthouse's mobile profile
 * (simulated slow 4G, 4× CPU slowdown, a Moto G Power-sized screen) on home, an exam page and a
 * chapter of a built app, each run `--runs` times (5 by default); prints the median and range of
 * the performance score, FCP, LCP, TBT, CLS, Speed Index and the JavaScript bytes transferred.
 *
 * It serves `dist/` (or `--dist <dir>`, e.g. an older build kept for a before/after comparison)
 * with `vite preview`, so the same `_headers` rules apply, and drives Debian's Chromium
 * (test/chromium.ts) through chrome-launcher. Figures only: scores on a shared 2-core machine are
 * noisy, so this is not a gate (the byte budget and the e2e CLS check are).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4190' },
  },
});
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const PAGES = [
  ['home', '/'],
  ['exam page', '/exams/dva-c02'],
  ['chapter', '/read/dva-execution-environment'],
] as const;

interface Figures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  jsKb: number;
}

/** One Lighthouse run in a fresh Chromium (a cold cache and no service worker, like a first visit). */
async function measure(url: string): Promise<Figures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { audits, categories } = result.lhr;
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    const requests = (audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)
      ?.items;
    const jsBytes = (requests ?? [])
      .filter((r) => r.resourceType === 'Script')
      .reduce((s, r) => s + (r.transferSize ?? 0), 0);
    return {
      score: Math.round((categories.performance?.score ?? NaN) * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      si: value('speed-index'),
      jsKb: jsBytes / 1024,
    };
  } finally {
    chrome.kill();
  }
}

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

function row(name: string, runs: Figures[]): string {
  const cell = (key: keyof Figures, format: (n: number) => string) => {
    const xs = runs.map((r) => r[key]);
    return `${format(median(xs))} (${format(Math.min(...xs))}–${format(Math.max(...xs))})`;
  };
  const seconds = (n: number) => (n / 1000).toFixed(2);
  return [
    name.padEnd(10),
    cell('score', (n) => n.toFixed(0)),
    `FCP ${cell('fcp', seconds)} s`,
    `LCP ${cell('lcp', seconds)} s`,
    `TBT ${cell('tbt', (n) => n.toFixed(0))} ms`,
    `CLS ${cell('cls', (n) => n.toFixed(3))}`,
    `SI ${cell('si', seconds)} s`,
    `JS ${cell('jsKb', (n) => n.toFixed(1))} KB`,
  ].join(' | ');
}

const dist = resolve(values.dist);
const server = await preview({
  build: { outDir: dist },
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
try {
  console.log(`Lighthouse ${RUNS}× per page, mobile profile, ${dist}; median (min–max)`);
  for (const [name, path] of PAGES) {
    const runs: Figures[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(`http://127.0.0.1:${PORT}${path}`));
    console.log(row(name, runs));
  }
} finally {
  await server.close();
}
