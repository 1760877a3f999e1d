/** Worker thread of parallel.ts: compiles its share of the files and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { SourceText } from './diagnostics.ts';
import type { WorkerInput } from './parallel.ts';
import type { FileResult } from './passes/context.ts';
import { compileFile } from './passes/file.ts';
import { readRegistry } from './passes/registry.ts';

const input = workerData as WorkerInput;
const source = (s: { file: string; text: string }) => new SourceText(s.file, s.text);
const registry = readRegistry(
  input.exams.map(source),
  input.facts && source(input.facts),
  input.label,
).value;
const results = input.jobs.map((job): FileResult => {
  const result = compileFile(job.kind, source(job), registry);
  // The main thread has every source already (parallel.ts puts it back): send no copy of it.
  const units = result.units.map(({ source: _, ...u }) => u);
  return { ...result, units } as unknown as FileResult;
});
parentPort?.postMessage(results);
