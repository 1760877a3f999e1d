/**
 * The progress screen's figures as they arrive from the worker (progressWorker.ts). A new exam
 * or exam date sends a new request; figures of the previous one are dropped, and the worker stops
 * it at its next part. Where there is no Worker (the jsdom screen tests) the same computation
 * runs in this thread.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type {
  LogFigures,
  PlanFigures,
  PostedProgressRequest,
  PracticeFigures,
  ProgressFigures,
  ProgressReply,
  ProgressRequest,
  StatesFigures,
} from './progressMessages';

export interface ProgressFiguresState {
  states: StatesFigures | null;
  practice: PracticeFigures | null;
  log: LogFigures | null;
  plan: PlanFigures | null;
  /** Every part has arrived. */
  done: boolean;
  error: string | null;
}

const EMPTY: ProgressFiguresState = {
  states: null,
  practice: null,
  log: null,
  plan: null,
  done: false,
  error: null,
};

type Input = Omit<ProgressRequest, 'id'>;

interface Channel {
  send: (request: ProgressRequest) => void;
  stop: () => void;
}

const startWorker = () =>
  new Worker(new URL('./progressWorker.ts', import.meta.url), { type: 'module' });

/**
 * A worker started when this module loads (with the progress route's code), so that fetching and
 * compiling its code and opening IndexedDB overlap the page's first render instead of following
 * it (~100 ms of the time to the first figures, measured with 10,000 items). The first screen to
 * mount takes it; later ones start their own.
 */
let spare: Worker | null = typeof Worker === 'undefined' ? null : startWorker();

function workerChannel(onReply: (reply: ProgressReply) => void): Channel {
  if (typeof Worker === 'undefined') return inThreadChannel(onReply);
  const worker = spare ?? startWorker();
  spare = null;
  worker.onmessage = (e: MessageEvent<ProgressReply>) => onReply(e.data);
  worker.onerror = () => onReply({ id: -1, error: 'The progress figures could not be computed.' });
  // The content rarely changes between requests (a new date, the same items): stringify it once.
  const json = new WeakMap<object, string>();
  const send = ({ content, ...rest }: ProgressRequest) => {
    let contentJson = json.get(content);
    if (contentJson === undefined) json.set(content, (contentJson = JSON.stringify(content)));
    const posted: PostedProgressRequest = { ...rest, contentJson };
    worker.postMessage(posted);
  };
  return { send, stop: () => worker.terminate() };
}

function inThreadChannel(onReply: (reply: ProgressReply) => void): Channel {
  let latest = -1;
  let stopped = false;
  return {
    send: (request) => {
      latest = request.id;
      const isStale = () => stopped || request.id !== latest;
      const started = performance.now();
      // Loaded on demand: browsers with workers never need these in the page's own code.
      Promise.all([import('../../storage/instance'), import('./computeProgress')])
        .then(async ([{ openStudyDatabase }, { computeProgress }]) => {
          const db = await openStudyDatabase();
          const post = (figures: ProgressFigures) => {
            if (!isStale()) onReply({ id: request.id, figures });
          };
          await computeProgress(db, request, post, isStale);
        })
        .then(
          () =>
            !isStale() && onReply({ id: request.id, done: true, ms: performance.now() - started }),
          (error: unknown) => !isStale() && onReply({ id: request.id, error: String(error) }),
        );
    },
    stop: () => {
      stopped = true;
    },
  };
}

/** Null input: nothing to ask yet (the content is still loading). */
export function useProgressFigures(input: Input | null): ProgressFiguresState {
  const [figures, setFigures] = useState<ProgressFiguresState>(EMPTY);
  const channel = useRef<Channel | null>(null);
  const current = useRef(0);

  useEffect(() => {
    const ch = workerChannel((reply) => {
      if (reply.id !== current.current && reply.id !== -1) return; // a superseded request
      // A transition: React renders the arriving sections in slices of a few milliseconds,
      // yielding to a key press, instead of one task of 60-90 ms (measured with 10,000 items).
      startTransition(() => {
        if ('figures' in reply) setFigures((f) => withPart(f, reply.figures));
        else if ('done' in reply) setFigures((f) => ({ ...f, done: true }));
        else setFigures((f) => ({ ...f, error: reply.error }));
      });
    });
    channel.current = ch;
    return () => {
      ch.stop();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    if (!input || !channel.current) return;
    const id = ++current.current;
    setFigures(EMPTY);
    channel.current.send({ ...input, id });
  }, [input]);

  return figures;
}

function withPart(f: ProgressFiguresState, part: ProgressFigures): ProgressFiguresState {
  switch (part.part) {
    case 'states':
      return { ...f, states: part };
    case 'practice':
      return { ...f, practice: part };
    case 'log':
      return { ...f, log: part };
    case 'plan':
      return { ...f, plan: part };
  }
}
