/**
 * `npm run bench:content`: times the content compiler on the real curriculum and on generated
 * question banks, and prints the figures. It asserts nothing about speed (timings vary by
 * machine). Each scenario runs in its own Node process, so its peak memory is its own.
 *
 *   curriculum       content/ compiled in-process (first and second run)
 *   50x100           5,000 questions in 50 files of 100
 *   1x1000, 1x2000   one file of 1,000 / 2,000 questions (the two should scale linearly)
 *   1x5000           one file of 5,000 questions (only with --all: slow before the fix)
 *   edit             warm cache on the real curriculum, one question bank changed, compile again
 *   dev              a Vite dev server with the content plugin: a bank saved → full-reload sent
 *
 * Usage: npm run bench:content [-- --only curriculum,edit] [-- --all] [-- --repeat N]
 * (--repeat runs each scenario N times, each in a fresh process: on a busy machine the
 * lowest figure is the one least disturbed by other work.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import type { HotPayload } from 'vite';
import { createContentCompiler } from '../../src/compiler/compile.ts';
import { contentPlugin } from '../../src/compiler/vitePlugin.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const SCENARIOS = ['curriculum', '50x100', '1x1000', '1x2000', '1x5000', 'edit', 'dev'] as const;
type Scenario = (typeof SCENARIOS)[number];
const DEFAULT: Scenario[] = ['curriculum', '50x100', '1x1000', '1x2000', 'edit', 'dev'];

const TASKS = ['DVA-C02:1.2', 'DVA-C02:4.3', 'SAA-C03:3.2', 'CLF-C02:3.3'];
const FACTS = ['timeout-max', 'memory-max', 'payload-async', 'concurrency-default', 'tmp-max'];

/** One question shaped like the real ones: metadata, a stem with a fact, 4–5 explained options. */
function question(file: number, n: number): string {
  const multiple = n % 4 === 0;
  const fact = FACTS[n % FACTS.length] ?? 'timeout-max';
  const options = Array.from({ length: multiple ? 5 : 4 }, (_, i) => {
    const correct = multiple ? i < 2 : i === 0;
    return [
      `- [${correct ? 'x' : ' '}] Option ${i + 1} of question ${n}: configure the **function** with \`setting-${i}\`.`,
      '',
      `  ${correct ? 'Right' : 'Tempting, but wrong'}: the limit is {{${fact}}}, and this option`,
      '  explains why it does or does not meet the requirement in two lines of prose.',
      '',
    ].join('\n');
  });
  return [
    `## Generated question ${file}-${n} {#bench-q-${file}-${n}}`,
    '',
    `tasks: ${TASKS[n % TASKS.length] ?? 'DVA-C02:1.2'}`,
    `difficulty: ${['easy', 'medium', 'hard'][n % 3] ?? 'easy'}`,
    'sources: https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    '',
    `A team runs a function whose limit is {{${fact}}}. The workload grows every month and the`,
    'team must keep costs low with the LEAST operational overhead. Which solution meets these',
    `requirements?${multiple ? ' (Select TWO.)' : ''}`,
    '',
    ...options,
    'A closing paragraph, shown after answering, sums up the lesson of this question.',
    '',
  ].join('\n');
}

/** A content folder with the real exams and facts and `files` banks of `perFile` questions. */
export function generate(files: number, perFile: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-content-'));
  cpSync(join(CONTENT, 'exams'), join(dir, 'exams'), { recursive: true });
  cpSync(join(CONTENT, 'facts.yaml'), join(dir, 'facts.yaml'));
  mkdirSync(join(dir, 'questions'));
  for (let f = 0; f < files; f++) {
    const body = Array.from({ length: perFile }, (_, n) => question(f, n)).join('\n');
    writeFileSync(
      join(dir, 'questions', `bench-${f}.md`),
      `---\ntitle: Bench ${f}\n---\n\n${body}`,
    );
  }
  return dir;
}

/** Wall time, CPU time (all threads) and GC pause time of `fn`. */
async function timed<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; cpuMs: number; gcMs: number; value: T }> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  // GC entries are delivered asynchronously.
  await new Promise((r) => setTimeout(r, 10));
  observer.disconnect();
  return { ms, cpuMs, gcMs, value };
}

function figures(t: { ms: number; cpuMs: number; gcMs: number }): string {
  return `${t.ms.toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU, GC ${t.gcMs.toFixed(0)} ms`;
}

/** A full compile as `content:check` runs it (worker threads when the content is large). */
async function checked(dir: string) {
  const content = await createContentCompiler({ dir }).compileParallel();
  if (content.problems.length)
    throw new Error(`bench content has ${content.problems.length} problems`);
  return content;
}

async function runScenario(name: Scenario): Promise<string> {
  if (name === 'curriculum') {
    const first = await timed(() => checked(CONTENT));
    const second = await timed(() => checked(CONTENT));
    return `first ${figures(first)}; second ${figures(second)}`;
  }
  if (name === 'edit') return editScenario();
  if (name === 'dev') return devScenario();
  const [files = 1, perFile = 1] = name.split('x').map(Number);
  const dir = generate(files, perFile);
  try {
    const run = await timed(() => checked(dir));
    const n = run.value.items.questions.length;
    return `${n} questions: ${figures(run)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A copy of the curriculum, so edits never touch content/. */
function curriculumCopy(): { dir: string; bank: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-edit-'));
  cpSync(CONTENT, dir, { recursive: true });
  return { dir, bank: join(dir, 'questions', 'dva-c02-lambda.md') };
}

/** Appends a blank line: a real change to the text that leaves the content valid. */
const touch = (file: string) => writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);

const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1] ?? 0;
const list = (times: number[]) => times.map((t) => t.toFixed(0)).join(', ');

/** Compiles, edits one question bank, compiles again with the warm cache. */
async function editScenario(): Promise<string> {
  const { dir, bank } = curriculumCopy();
  try {
    const compiler = createContentCompiler({ dir });
    const cold = await timed(() => Promise.resolve(compiler.compile()));
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      touch(bank);
      const run = await timed(() => Promise.resolve(compiler.compile()));
      if (run.value.problems.length) throw new Error('edited content has problems');
      times.push(run.ms);
    }
    return `cold ${cold.ms.toFixed(0)} ms; one bank changed, warm: median ${median(times).toFixed(0)} ms (${list(times)})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Saves a bank under a Vite dev server and times until the plugin sends the page a reload. */
async function devScenario(): Promise<string> {
  const { dir, bank } = curriculumCopy();
  // Imported here so the other scenarios' memory and timings don't include Vite.
  const { createServer } = await import('vite');
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [contentPlugin({ dir })],
  });
  try {
    await server.environments.client.transformRequest('virtual:content');
    let reloaded: () => void = () => undefined;
    const send = server.ws.send.bind(server.ws);
    server.ws.send = (payload: HotPayload) => {
      if (payload.type === 'full-reload' || payload.type === 'error') reloaded();
      send(payload);
    };
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await new Promise((r) => setTimeout(r, 300));
      const done = new Promise<void>((r) => (reloaded = r));
      const start = performance.now();
      touch(bank);
      await done;
      times.push(performance.now() - start);
    }
    return `bank saved → full-reload sent: median ${median(times).toFixed(0)} ms (${list(times)})`;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const main = process.argv[1] === import.meta.filename;
const child = args.indexOf('--scenario');
if (main && child >= 0) {
  const name = args[child + 1] as Scenario;
  const line = await runScenario(name);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${name.padEnd(12)} ${line}; peak RSS ${rssMb.toFixed(0)} MB`);
} else if (main) {
  const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : [];
  const chosen = only.length
    ? SCENARIOS.filter((s) => only.includes(s))
    : args.includes('--all')
      ? [...SCENARIOS]
      : DEFAULT;
  console.log(`Content compiler, Node ${process.version}; each scenario in its own process`);
  const repeat = Number(args.includes('--repeat') ? args[args.indexOf('--repeat') + 1] : 1);
  for (const name of chosen.flatMap((n) => Array<Scenario>(repeat).fill(n))) {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--scenario', name],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    process.stdout.write(r.stdout);
    if (r.status !== 0) process.exitCode = 1;
  }
}
