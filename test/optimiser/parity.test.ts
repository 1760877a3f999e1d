/// <reference types="node" />
/**
 * The optimiser the app runs (fsrs-browser's WebAssembly, fed by the app's own item builder, as
 * the worker does) against the reference: the parameters the native Node binding of fsrs-rs
 * (@open-spaced-repetition/binding 0.5.0, fsrs-rs 6.x) fits on the same fixed generated log,
 * stored in reference-parameters.json by makeReference.ts (the binding is not a dependency: its
 * optional per-platform packages break `npm ci`).
 *
 * Tolerance: the two builds are different fsrs-rs versions (5.2 and 6.x) whose training differs in
 * details, so the parameters are not bit-equal. What matters is the model they give: on every
 * review of the log their predicted recall probabilities differ by at most 0.03 (mean under
 * 0.01), their log loss by under 0.003 and RMSE (bins) by under 0.01; and each parameter is
 * within 0.15 of the reference or 15 % of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { flattenItems, type TrainingItem } from '../../src/domain/optimiserData';
import { evaluate } from '../../src/domain/optimiserEvaluation';
import { DEFAULT_PARAMETERS, recallPredictor } from '../../src/domain/scheduler';
import { parityItems, PARITY_LOG } from './parityLog';
import stored from './reference-parameters.json';

const require = createRequire(import.meta.url);

async function browserFit(items: readonly TrainingItem[]): Promise<number[]> {
  // fsrs-browser's glue imports a helper that listens on `self` (a worker's global) at load.
  (globalThis as { self?: unknown }).self ??= new EventTarget();
  const lib = await import('fsrs-browser');
  lib.initSync({ module: readFileSync(require.resolve('fsrs-browser/fsrs_browser_bg.wasm')) });
  const { ratings, deltas, lengths } = flattenItems(items);
  return Array.from(new lib.Fsrs().computeParameters(ratings, deltas, lengths, null, true));
}

describe('the in-browser optimiser against the reference', () => {
  const items = parityItems();

  it('compares on the log the reference was fitted on', () => {
    expect(stored.log).toEqual(PARITY_LOG);
    expect(items).toHaveLength(stored.items);
  });

  it('fits FSRS-6 parameters that predict the log as the reference does', async () => {
    const ours = await browserFit(items);
    const reference = stored.parameters;
    expect(ours).toHaveLength(21);
    expect(reference).toHaveLength(21);
    const report = ours.map((w, i) => `w${i} ${w.toFixed(4)} ${(reference[i] ?? NaN).toFixed(4)}`);
    console.log(`${items.length} items\n${report.join('\n')}`);

    const p = recallPredictor(ours);
    const q = recallPredictor(reference);
    const gaps = items.map(({ history: h }) => Math.abs(p(h) - q(h)));
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const a = evaluate(items, p);
    const b = evaluate(items, q);
    const d = evaluate(items, recallPredictor(DEFAULT_PARAMETERS));
    console.log({ maxGap: Math.max(...gaps), mean, ours: a, reference: b, defaults: d });
    expect(Math.max(...gaps)).toBeLessThan(0.03);
    expect(mean).toBeLessThan(0.01);
    expect(Math.abs(a.logLoss - b.logLoss)).toBeLessThan(0.003);
    expect(Math.abs(a.rmseBins - b.rmseBins)).toBeLessThan(0.01);
    ours.forEach((w, i) => {
      const ref = reference[i] ?? NaN;
      expect(Math.abs(w - ref) <= Math.max(0.15, 0.15 * Math.abs(ref)), `w${i}`).toBe(true);
    });
    // Both beat the defaults on the log they learnt from (the generated learner is not default).
    expect(a.logLoss).toBeLessThan(d.logLoss);
  }, 120_000);
});
