/**
 * The "Optimise my schedule" action: runs the FSRS optimiser worker (src/workers), follows its
 * progress, holds the evidence, and applies or reverts parameters on the learner's word. The
 * worker reads and writes the database itself; the study store re-reads progress afterwards.
 */
import { create } from 'zustand';
import { MIN_ITEMS } from '../domain/optimiserData';
import { openStudyDatabase } from '../storage/instance';
import { countLongTermReviews, type RecomputeResult } from '../storage/optimiser';
import type {
  FitResult,
  OptimiserReply,
  OptimiserRequest,
  OptimiserStage,
} from '../workers/optimiserProtocol';
import { useStudyStore } from './studyStore';

export type { FitResult } from '../workers/optimiserProtocol';
export type { Metrics } from '../domain/optimiserEvaluation';

export type OptimiserStatus =
  'idle' | 'running' | 'fitted' | 'too-little' | 'applying' | 'changed' | 'cancelled' | 'error';

export interface ParameterChangeReport extends RecomputeResult {
  kind: 'applied' | 'reverted';
}

interface OptimiserState {
  status: OptimiserStatus;
  stage: OptimiserStage | null;
  /** Items processed and total while fitting, when the page can read them (see the protocol). */
  progress: { done: number; total: number } | null;
  result: FitResult | null;
  change: ParameterChangeReport | null;
  error: string | null;
  /** Reviews the optimiser can learn from, and how many it needs; null until counted. */
  history: { reviews: number; needed: number } | null;
  countHistory: () => Promise<void>;
  start: () => void;
  cancel: () => void;
  apply: () => Promise<void>;
  revert: () => Promise<void>;
}

const FUZZ = import.meta.env.MODE !== 'test';
let worker: Worker | null = null;
let poll: ReturnType<typeof setInterval> | undefined;

function stopWorker() {
  clearInterval(poll);
  poll = undefined;
  worker?.terminate();
  worker = null;
}

/** Starts a worker for one request; `onReply` gets every message until the worker is stopped. */
function run(request: OptimiserRequest, onReply: (reply: OptimiserReply) => void) {
  stopWorker();
  const w = new Worker(new URL('../workers/optimiser.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker = w;
  w.onmessage = (event: MessageEvent<OptimiserReply>) => {
    if (worker === w) onReply(event.data);
  };
  w.onerror = (event) => {
    if (worker === w) onReply({ type: 'error', message: event.message || 'The optimiser failed.' });
  };
  w.postMessage(request);
}

type Set = (partial: Partial<OptimiserState>) => void;
type Get = () => OptimiserState;

/** Follows a fit: stages, the progress counters (when readable), then the evidence. */
function followFit(set: Set, get: Get) {
  return (reply: OptimiserReply) => {
    switch (reply.type) {
      case 'stage':
        if (reply.stage !== 'fitting') clearInterval(poll);
        set({ stage: reply.stage });
        break;
      case 'progress-memory': {
        const { memory, pointer } = reply;
        poll = setInterval(() => {
          const [done = 0, total = 0] = new Uint32Array(memory.buffer, pointer, 2);
          if (get().stage === 'fitting' && total > 0) set({ progress: { done, total } });
        }, 250);
        break;
      }
      case 'too-little':
        stopWorker();
        set({
          status: 'too-little',
          stage: null,
          history: { reviews: reply.items, needed: reply.needed },
        });
        break;
      case 'fitted':
        stopWorker();
        set({ status: 'fitted', stage: null, result: reply.result, change: null });
        break;
      case 'error':
        stopWorker();
        set({ status: 'error', stage: null, error: reply.message });
        break;
      case 'applied':
        break;
    }
  };
}

/** Applies or reverts parameters in a worker; resolves once progress has been re-read. */
async function changeParameters(
  set: Set,
  kind: ParameterChangeReport['kind'],
  parameters: number[] | null,
): Promise<void> {
  set({ status: 'applying', stage: 'applying', error: null });
  await useStudyStore.getState().flushWrites();
  const request: OptimiserRequest = {
    type: 'apply',
    parameters,
    keepPrevious: kind === 'applied',
    now: Date.now(),
    fuzz: FUZZ,
  };
  const reply = await new Promise<OptimiserReply>((resolve) =>
    run(request, (r) => {
      if (r.type === 'applied' || r.type === 'error') resolve(r);
    }),
  );
  stopWorker();
  if (reply.type === 'applied') {
    await useStudyStore.getState().reloadFromStorage();
    set({ status: 'changed', stage: null, change: { ...reply.result, kind } });
  } else if (reply.type === 'error') set({ status: 'error', stage: null, error: reply.message });
}

export const useOptimiserStore = create<OptimiserState>((set, get) => ({
  status: 'idle',
  stage: null,
  progress: null,
  result: null,
  change: null,
  error: null,
  history: null,

  countHistory: async () => {
    try {
      const reviews = await countLongTermReviews(await openStudyDatabase());
      set({ history: { reviews, needed: MIN_ITEMS } });
    } catch {
      set({ history: null });
    }
  },

  start: () => {
    set({ status: 'running', stage: 'reading', progress: null, result: null, error: null });
    run({ type: 'fit' }, followFit(set, get));
  },

  cancel: () => {
    stopWorker();
    set({ status: 'cancelled', stage: null, progress: null });
  },

  apply: async () => {
    const result = get().result;
    if (!result?.better) return;
    await changeParameters(set, 'applied', result.parameters);
  },

  revert: async () => {
    const revert = useStudyStore.getState().settings.fsrsRevert;
    if (!revert) return;
    await changeParameters(set, 'reverted', revert.parameters);
  },
}));
