/**
 * The FSRS optimiser, in a Web Worker so the page stays responsive: it reads the review log
 * itself (its own IndexedDB connection, through src/storage), builds the training items, fits
 * FSRS-6 with fsrs-browser (fsrs-rs compiled to WebAssembly, single-threaded here: its thread
 * pool would need a cross-origin isolated page), and measures default, current and fitted
 * parameters on the newer 20 % of the reviews, which the fit did not see. Cancel = terminate.
 * Applying or reverting parameters also runs here (the recompute replays the whole log).
 */
import init, { Fsrs, Progress } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import {
  flattenItems,
  MIN_ITEMS,
  splitByTime,
  studyDayNumber,
  trainingItems,
} from '../domain/optimiserData';
import { evaluate, fitIsBetter } from '../domain/optimiserEvaluation';
import { DEFAULT_PARAMETERS, recallPredictor } from '../domain/scheduler';
import { StudyDatabase } from '../storage/db';
import { applyParameters, readTrainingLog } from '../storage/optimiser';
import type { FitResult, OptimiserReply, OptimiserRequest } from './optimiserProtocol';

const reply = (message: OptimiserReply) => postMessage(message);

async function fit(db: StudyDatabase): Promise<void> {
  reply({ type: 'stage', stage: 'reading' });
  const { log, settings } = await readTrainingLog(db);
  const items = trainingItems(log, (ms) => studyDayNumber(ms, settings.dayStartHour));
  if (items.length < MIN_ITEMS) {
    reply({ type: 'too-little', items: items.length, needed: MIN_ITEMS, logRows: log.length });
    return;
  }
  const { train, test } = splitByTime(items);
  reply({ type: 'stage', stage: 'loading' });
  const wasm = await init({ module_or_path: wasmUrl });
  const progress = Progress.new();
  if (self.crossOriginIsolated)
    reply({ type: 'progress-memory', memory: wasm.memory, pointer: progress.pointer() });
  reply({ type: 'stage', stage: 'fitting' });
  const { ratings, deltas, lengths } = flattenItems(train);
  const started = performance.now();
  const fitted = new Fsrs().computeParameters(ratings, deltas, lengths, progress, true);
  const fitMs = performance.now() - started;
  reply({ type: 'stage', stage: 'evaluating' });
  const parameters = Array.from(fitted, (w) => +w.toFixed(4));
  const defaults = evaluate(test, recallPredictor(DEFAULT_PARAMETERS));
  const current = settings.fsrsParameters
    ? evaluate(test, recallPredictor(settings.fsrsParameters))
    : null;
  const result = evaluate(test, recallPredictor(parameters));
  const fitResult: FitResult = {
    parameters,
    defaults,
    current,
    fitted: result,
    better: fitIsBetter(current ?? defaults, result),
    logRows: log.length,
    trainItems: train.length,
    fitMs,
  };
  reply({ type: 'fitted', result: fitResult });
}

self.onmessage = async (event: MessageEvent<OptimiserRequest>) => {
  const request = event.data;
  const db = new StudyDatabase();
  try {
    await db.open();
    if (request.type === 'fit') await fit(db);
    else {
      reply({ type: 'stage', stage: 'applying' });
      const result = await applyParameters(db, request);
      reply({ type: 'applied', result });
    }
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
