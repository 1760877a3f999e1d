/**
 * Compiles many files on worker threads. Each file's pass depends only on its text and the
 * registry, so files can be compiled anywhere; the cross-file checks run afterwards on this
 * thread. A worker takes about a second to start (it loads the Markdown toolchain through tsx),
 * so below MIN_PARALLEL_CHARS of work everything stays on this thread (the real curriculum,
 * edits in dev), and above it a worker is given less text than this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SourceText } from './diagnostics.ts';
import type { FileResult, ItemKind, Registry } from './passes/context.ts';
import { compileFile } from './passes/file.ts';

export interface FileJob {
  kind: ItemKind;
  source: SourceText;
}

/** What a worker needs: its files, and the registry's sources to read the registry again. */
export interface WorkerInput {
  label: string;
  exams: { file: string; text: string }[];
  facts: { file: string; text: string } | null;
  jobs: { kind: ItemKind; file: string; text: string }[];
}

const MIN_PARALLEL_CHARS = 3_000_000;
/** Text this thread compiles while a worker starts (about 1 s, measured on 2 busy cores). */
const STARTUP_CHARS = 1_500_000;
const MAX_THREADS = 4;

const plain = (s: SourceText) => ({ file: s.file, text: s.text });

/** Results in job order; `registrySources` are the texts `registry` was read from. */
export async function compileFiles(
  jobs: FileJob[],
  registry: Registry,
  registrySources: Pick<WorkerInput, 'label' | 'exams' | 'facts'>,
): Promise<FileResult[]> {
  const size = jobs.reduce((n, j) => n + j.source.text.length, 0);
  const threads = Math.min(availableParallelism(), MAX_THREADS, jobs.length);
  if (size < MIN_PARALLEL_CHARS || threads < 2)
    return jobs.map((j) => compileFile(j.kind, j.source, registry));
  const bins = balance(jobs, threads);
  const [own = [], ...others] = bins;
  const pending = others.map((bin) =>
    inWorker({ ...registrySources, jobs: bin.map((j) => ({ kind: j.kind, ...plain(j.source) })) }),
  );
  const results = new Map<FileJob, FileResult>();
  for (const job of own) results.set(job, compileFile(job.kind, job.source, registry));
  for (const [i, bin] of others.entries()) {
    const fromWorker = await (pending[i] ?? Promise.resolve(null));
    bin.forEach((job, k) => {
      const result = fromWorker?.[k];
      // A worker that failed to start (no TypeScript loader, say) leaves its share to us.
      results.set(
        job,
        result ? attach(result, job.source) : compileFile(job.kind, job.source, registry),
      );
    });
  }
  return jobs.map((j) => results.get(j) as FileResult);
}

/** Splits jobs into `count` bins of about equal text size, largest files first. */
function balance(jobs: FileJob[], count: number): FileJob[][] {
  const bins = Array.from({ length: count }, (_, i) => ({
    size: i === 0 ? 0 : STARTUP_CHARS,
    jobs: [] as FileJob[],
  }));
  const bySize = [...jobs].sort((a, b) => b.source.text.length - a.source.text.length);
  for (const job of bySize) {
    const bin = bins.reduce((min, b) => (b.size < min.size ? b : min));
    bin.jobs.push(job);
    bin.size += job.source.text.length;
  }
  return bins.map((b) => b.jobs);
}

function inWorker(input: WorkerInput): Promise<FileResult[] | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(input);
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (results: FileResult[]) => resolve(results));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

/**
 * Starts worker.ts. This compiler runs as TypeScript source under tsx, and on Node 20 a worker
 * does not inherit tsx's `--import` loader, so the worker registers it before loading the file.
 */
function startWorker(input: WorkerInput): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** A worker's result carries only the file label of its units' sources; use ours. */
function attach(result: FileResult, source: SourceText): FileResult {
  return { ...result, units: result.units.map((u) => ({ ...u, source })) };
}
