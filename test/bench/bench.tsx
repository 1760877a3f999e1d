/**
 * Benchmark page (built in production mode by test/bench/run.ts): fills this browser's IndexedDB
 * with 10,000 review items and 100,000 review-log rows, times loading today's queue, then mounts
 * the real review session over those items so run.ts can time grade → next item painted.
 */
import { seededRandom } from '../../src/domain/random';
import { randomState } from './generated';
import Dexie from 'dexie';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import {
  allowNewItems,
  calendarDateOf,
  examDateFitter,
  examDayStartOf,
} from '../../src/domain/examDateScheduling';
import { buildQueue } from '../../src/domain/queue';
import { readiness } from '../../src/domain/readiness';
import { examById } from '../../src/stores/catalog';
import { allStates } from '../../src/stores/studyData';
import { createScheduler, newMemoryState } from '../../src/domain/scheduler';
import { ReviewSession } from '../../src/features/review/ReviewPage';
import { useStudyStore } from '../../src/stores/studyStore';
import type { Flashcard } from '../../src/schema/content';
import { DEFAULT_SETTINGS, type MemoryRecord, type MemoryState } from '../../src/schema/study';
import { DB_NAME, StudyDatabase, type ReviewLogRow } from '../../src/storage/db';
import { loadProgress } from '../../src/storage/progress';
import '../../src/ui/styles.css';

/**
 * `?examInDays=N` (run.ts: BENCH_EXAM_IN_DAYS=N): the learner has set DVA-C02's exam N days from
 * now, so today's queue fits every stored state to it and every grade is fitted (the date rules'
 * cost). 5: inside the final stretch, where the most states are looked at and brought forward.
 */
const EXAM_IN_DAYS = Number(new URLSearchParams(location.search).get('examInDays') ?? NaN);

const ITEMS = 10_000;
const LOGS = 100_000;
const DAY = 86_400_000;

declare global {
  interface Window {
    bench: {
      setup(): Promise<Record<string, number>>;
      samples: number[];
      commits: number[];
      handlers: number[];
      mount(): Promise<void>;
      baseline(): Promise<number[]>;
      eventTiming(): (number | null)[];
      eventParts(): { duration: number; delay: number; processing: number }[];
      trivialInteraction(): void;
      stopTrivial(): (number | null)[];
      plainSwap(): void;
      stopPlainSwap(): (number | null)[];
    };
  }
}

const rand = seededRandom(42);
const gradeStamps: number[] = [];
/** A keydown Event Timing reported (16 ms or more): to the paint, input delay, handlers (ms). */
interface KeyTiming {
  duration: number;
  delay: number;
  processing: number;
}
/** Keyed by the event's rounded timeStamp, which is the entry's startTime. */
const keyTimings = new Map<number, KeyTiming>();
new PerformanceObserver((list) => {
  for (const e of list.getEntries() as PerformanceEventTiming[])
    if (e.name === 'keydown')
      keyTimings.set(Math.round(e.startTime), {
        duration: e.duration,
        delay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
      });
}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

/** Event Timing durations of the keys pressed at `stamps`; null: under 16 ms, not reported. */
const durationsOf = (stamps: readonly number[]) =>
  stamps.map((t) => keyTimings.get(Math.round(t))?.duration ?? null);

/** Runs `fn` once the next frame has been handed over (rAF, then a message). */
function afterFrame(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(null);
  });
}

/**
 * Times presses of `key` (each runs `onPress`) until the returned function is called; that stops
 * listening, removes `element` and gives the presses' Event Timing durations. Other keys go to
 * `onOtherKey`.
 */
function timeKey(
  key: string,
  onPress: () => void,
  element: Element,
  onOtherKey: (key: string) => void = () => undefined,
): () => (number | null)[] {
  const stamps: number[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== key) return onOtherKey(e.key);
    stamps.push(e.timeStamp);
    onPress();
  };
  window.addEventListener('keydown', onKey);
  return () => {
    window.removeEventListener('keydown', onKey);
    element.remove();
    return durationsOf(stamps);
  };
}
const now = Date.now();
const cards: Flashcard[] = Array.from({ length: ITEMS }, (_, i) => ({
  id: `bench-${i}`,
  exams: ['DVA-C02'],
  tasks: [],
  chapter: null,
  section: null,
  frontHtml: `<p>Generated prompt ${i}: which setting controls behaviour ${i % 97}?</p>`,
  backHtml: `<p>Generated answer ${i}, with enough text to lay out like a real card back.</p>`,
  facts: [`fact-${Math.floor(rand() * 200)}`],
}));

window.bench = {
  samples: [],
  commits: [],
  handlers: [],
  async setup() {
    await Dexie.delete(DB_NAME);
    const db = new StudyDatabase();
    const states = cards.map((c) => [c.id, randomState(rand, now)] as const);
    const rows: MemoryRecord[] = states.flatMap(([itemId, s]) =>
      s ? [{ itemId, kind: 'card' as const, ...s }] : [],
    );
    const t0 = performance.now();
    await db.memory.bulkPut(rows);
    const logs: ReviewLogRow[] = Array.from({ length: LOGS }, (_, i) => {
      const [itemId, s] = states[i % ITEMS] ?? ['bench-0', null];
      const after: MemoryState = s ?? randomState(rand, now) ?? newMemoryState(now);
      return {
        itemId,
        kind: 'card',
        beforePhase: 'new',
        reviewedAt: now - rand() * 90 * DAY,
        grade: 'good',
        before: null,
        after,
        durationMs: 5000,
      };
    });
    for (let i = 0; i < logs.length; i += 10_000)
      await db.reviewLog.bulkAdd(logs.slice(i, i + 10_000));
    const examDate = Number.isFinite(EXAM_IN_DAYS)
      ? calendarDateOf(now + EXAM_IN_DAYS * DAY)
      : null;
    if (examDate) await db.examDates.put({ examId: 'DVA-C02', date: examDate, setAt: now });
    const examDay = examDate === null ? null : examDayStartOf(examDate, 4);
    const fillMs = performance.now() - t0;
    db.close();

    // Today's queue: open the database, read every state and today's log, and build the queue.
    const scheduler = createScheduler({
      retention: 0.9,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
      fuzz: true,
    });
    const runs: { open: number; load: number; build: number }[] = [];
    let queueLength = 0;
    for (let run = 0; run < 7; run++) {
      const o = performance.now();
      const fresh = new StudyDatabase();
      await fresh.open();
      const a = performance.now();
      const progress = await loadProgress(fresh, now);
      const b = performance.now();
      const exam =
        examDay === null
          ? {}
          : {
              fitState: examDateFitter({
                examDate: examDay,
                now,
                dayStartHour: 4,
                retrievability: scheduler.retrievability,
                retention: 0.9,
              }),
              laterStates: progress.laterStates,
              allowNew: allowNewItems({ now, examDate: examDay, dayStartHour: 4 }),
            };
      const queue = buildQueue({
        ...exam,
        items: cards,
        states: progress.dueStates,
        studied: progress.studiedIds,
        laterDue: progress.laterDue,
        now,
        dayStartHour: 4,
        newPerDay: 20,
        maxReviewsPerDay: 9999,
        doneToday: progress.doneToday,
        retrievability: scheduler.retrievability,
      });
      const c = performance.now();
      queueLength = queue.ids.length;
      runs.push({ open: a - o, load: b - a, build: c - b });
      fresh.close();
    }
    const median = (xs: number[]) =>
      [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
    // Readiness at a glance (the Today panel, after its first paint): every item of the exam,
    // each given one of the exam's task statements in turn, over every stored state.
    const exam = examById('DVA-C02');
    const tasks = exam?.domains.flatMap((d) => d.tasks.map((t) => t.id)) ?? [];
    const readinessItems = cards.map((c, i) => ({
      id: c.id,
      tasks: [tasks[i % tasks.length] ?? ''],
    }));
    const fresh = new StudyDatabase();
    const progress = await loadProgress(fresh, now);
    fresh.close();
    const readinessRuns: number[] = [];
    for (let run = 0; run < 7 && exam; run++) {
      const r0 = performance.now();
      readiness({
        exam,
        items: readinessItems,
        states: allStates(progress.laterStates, progress.dueStates),
        retrievability: scheduler.retrievability,
        now,
        examDate: examDay,
        practice: [],
      });
      readinessRuns.push(performance.now() - r0);
    }
    return {
      fillMs,
      memoryRows: rows.length,
      logRows: LOGS,
      queueLength,
      openMedianMs: median(runs.map((r) => r.open)),
      loadMedianMs: median(runs.map((r) => r.load)),
      buildMedianMs: median(runs.map((r) => r.build)),
      totalMedianMs: median(runs.map((r) => r.load + r.build)),
      firstLoadMs: runs[0]?.load ?? NaN,
      firstBuildMs: runs[0]?.build ?? NaN,
      readinessMedianMs: median(readinessRuns),
      readinessMaxMs: Math.max(...readinessRuns),
    };
  },
  /** Frame latency with no work at all: from "now" to the next painted frame, 100 times. */
  async baseline() {
    const out: number[] = [];
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 7 + (i % 11)));
      const start = performance.now();
      await new Promise<void>((resolve) => afterFrame(resolve));
      out.push(performance.now() - start);
    }
    return out;
  },
  /**
   * The browser's own measure (Event Timing API, as used for INP): for each grade key, the time
   * from the key event to the next paint, or null when it was under 16 ms (the API's floor).
   */
  eventTiming() {
    return durationsOf(gradeStamps);
  },
  /** Where the time went for the grades Event Timing reported (16 ms or more). */
  eventParts() {
    return gradeStamps.flatMap((t) => keyTimings.get(Math.round(t)) ?? []);
  },
  /**
   * The floor of the same measure on this machine: a key that only changes one line of text, the
   * smallest interaction that paints. Returns a function that stops it and gives its durations.
   */
  trivialInteraction() {
    const line = document.createElement('p');
    line.textContent = 'Key presses: 0';
    document.body.append(line);
    let presses = 0;
    window.bench.stopTrivial = timeKey(
      'x',
      () => {
        line.textContent = `Key presses: ${++presses}`;
      },
      line,
    );
  },
  stopTrivial: () => [],
  /**
   * The same measure for the DOM change a grade makes, done by hand without React or the store:
   * "y" swaps a revealed card (front, back, four grade buttons) for the next card's front and a
   * "Show answer" button, with the review screen's markup and CSS; "u" reveals it again.
   */
  plainSwap() {
    const page = document.createElement('div');
    page.className = 'page review';
    const card = document.createElement('article');
    card.className = 'study-card';
    page.append(card);
    document.body.prepend(page);
    let n = 0;
    const front = (i: number) =>
      `<p class="study-card__kind">Flashcard</p><div class="study-card__front prose">${cards[i]?.frontHtml ?? ''}</div>`;
    const showFront = () => {
      card.innerHTML = `${front(n)}<button type="button" class="button reveal">Show answer <kbd>Space</kbd></button>`;
      card.querySelector('button')?.focus();
    };
    const reveal = () => {
      const buttons = ['Again', 'Hard', 'Good', 'Easy']
        .map(
          (g, k) =>
            `<button type="button" class="grade grade--${g.toLowerCase()}"><span class="grade__label">${g}</span><span class="grade__interval">${String(k + 1)}d</span><kbd class="grade__key">${String(k + 1)}</kbd></button>`,
        )
        .join('');
      card.innerHTML = `${front(n)}<div class="study-card__back prose">${cards[n]?.backHtml ?? ''}</div><div class="grade-buttons" role="group">${buttons}</div>`;
      card.querySelectorAll('button')[2]?.focus();
    };
    showFront();
    window.bench.stopPlainSwap = timeKey(
      'y',
      () => {
        n++;
        showFront();
      },
      page,
      (key) => {
        if (key === 'u') reveal();
      },
    );
  },
  stopPlainSwap: () => [],
  async mount() {
    await useStudyStore.getState().load(Date.now());
    useStudyStore.setState({
      settings: { ...DEFAULT_SETTINGS, newPerDay: 20, maxReviewsPerDay: 9999 },
    });
    // Time from the grade key going down to the next item's first painted frame.
    let pressedAt = 0;
    window.addEventListener(
      'keydown',
      (e) => {
        if (['1', '2', '3', '4'].includes(e.key)) {
          const start = performance.now();
          pressedAt = start;
          gradeStamps.push(e.timeStamp);
          // Added now, so it runs after every other keydown listener (and React's flush).
          window.addEventListener(
            'keydown',
            () => window.bench.handlers.push(performance.now() - start),
            { once: true },
          );
        }
      },
      { capture: true },
    );
    const root = document.getElementById('root');
    if (!root) return;
    let lastId: string | null = null;
    new MutationObserver(() => {
      const id = document.querySelector('[data-item-id]')?.getAttribute('data-item-id') ?? null;
      if (id === lastId) return;
      lastId = id;
      if (!pressedAt) return;
      const start = pressedAt;
      pressedAt = 0;
      window.bench.commits.push(performance.now() - start);
      afterFrame(() => window.bench.samples.push(performance.now() - start));
    }).observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-item-id'],
    });
    const router = createMemoryRouter([
      { path: '*', element: <ReviewSession examId="DVA-C02" content={{ cards, questions: [] }} /> },
    ]);
    createRoot(root).render(<RouterProvider router={router} />);
  },
};
