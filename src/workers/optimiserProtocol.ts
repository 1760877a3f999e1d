/** Messages between the page (src/stores/optimiserStore.ts) and the optimiser worker. */
import type { Metrics } from '../domain/optimiserEvaluation';
import type { RecomputeResult } from '../storage/optimiser';

export type OptimiserRequest =
  | { type: 'fit' }
  | {
      type: 'apply';
      parameters: number[] | null;
      keepPrevious: boolean;
      now: number;
      fuzz: boolean;
    };

export interface FitResult {
  parameters: number[];
  /** FSRS-6's defaults, the parameters in use (null when those are the defaults), the fit. */
  defaults: Metrics;
  current: Metrics | null;
  fitted: Metrics;
  /** Whether the fit predicts the held-out reviews better than the parameters in use. */
  better: boolean;
  logRows: number;
  trainItems: number;
  fitMs: number;
}

export type OptimiserStage = 'loading' | 'reading' | 'fitting' | 'evaluating' | 'applying';

export type OptimiserReply =
  | { type: 'stage'; stage: OptimiserStage }
  /**
   * The optimiser's progress counters ([done, total] as two u32 at `pointer`), readable from the
   * page while the fit runs. Sent only when the page is cross-origin isolated (a shared memory
   * cannot be posted otherwise); without it the page shows the stage alone.
   */
  | { type: 'progress-memory'; memory: WebAssembly.Memory; pointer: number }
  | { type: 'too-little'; items: number; needed: number; logRows: number }
  | { type: 'fitted'; result: FitResult }
  | { type: 'applied'; result: RecomputeResult }
  | { type: 'error'; message: string };
