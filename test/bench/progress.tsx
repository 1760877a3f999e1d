/**
 * Progress benchmark page (built by test/bench/progressRun.ts): fills IndexedDB with 10,000
 * items (about 7,000 with a state) and 100,000 review-log rows over the last 90 days, then mounts
 * the real progress screen over those items with an exam date 30 days away, and records when the
 * first chart and all the figures are on screen and every long main-thread task meanwhile.
 */
import { seededRandom } from '../../src/domain/random';
import { randomState } from './generated';
import type { ProgressBench } from './progressBench';
import Dexie from 'dexie';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { ProgressScreen } from '../../src/features/progress/ProgressScreen';
import { isoDay } from '../../src/features/progress/progressText';
import type { ScopedFields } from '../../src/domain/scope';
import type { MemoryRecord, MemoryState } from '../../src/schema/study';
import { DB_NAME, StudyDatabase, type ReviewLogRow } from '../../src/storage/db';
import { examBySlug } from '../../src/stores/catalog';
import '../../src/ui/styles.css';
import '../../src/features/progress/progress.css';

const ITEMS = 10_000;
const LOGS = 100_000;
const DAY = 86_400_000;

declare global {
  interface Window {
    progressBench: ProgressBench;
  }
}

const rand = seededRandom(42);
const now = Date.now();
const exam = examBySlug('dva-c02');
if (!exam) throw new Error('DVA-C02 is missing from the content');
const taskIds = exam.domains.flatMap((d) => d.tasks.map((t) => t.id));
const items: ScopedFields[] = Array.from({ length: ITEMS }, (_, i) => ({
  id: `bench-${i}`,
  exams: ['DVA-C02'],
  chapter: null,
  tasks: [taskIds[i % taskIds.length] ?? ''],
}));
const content = {
  cards: items.filter((_, i) => i % 2 === 0),
  questions: items.filter((_, i) => i % 2 === 1),
};

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

window.progressBench = {
  result: null,
  async setup() {
    await Dexie.delete(DB_NAME);
    const db = new StudyDatabase();
    const states = items.map(
      (c, i) => [c.id, i % 2 === 0 ? 'card' : 'question', randomState(rand, now)] as const,
    );
    const rows: MemoryRecord[] = states.flatMap(([itemId, kind, s]) =>
      s ? [{ itemId, kind, ...s }] : [],
    );
    const t0 = performance.now();
    await db.memory.bulkPut(rows);
    const logs: ReviewLogRow[] = Array.from({ length: LOGS }, (_, i) => {
      const [itemId, kind, s] = states[i % ITEMS] ?? ['bench-0', 'card' as const, null];
      const after = s ?? randomState(rand, now) ?? states[0]?.[2];
      // Half the rows review an item already learned (true retention counts those).
      const before = i % 2 === 0 && after ? { ...after, phase: 'review' as const } : null;
      return {
        itemId,
        kind,
        beforePhase: before ? 'review' : 'new',
        reviewedAt: now - rand() * 90 * DAY,
        grade: rand() < 0.1 ? 'again' : 'good',
        before,
        after: after as MemoryState,
        durationMs: 5000,
      };
    });
    for (let i = 0; i < logs.length; i += 10_000)
      await db.reviewLog.bulkAdd(logs.slice(i, i + 10_000));
    const fillMs = performance.now() - t0;
    db.close();
    return { memoryRows: rows.length, logRows: LOGS, fillMs };
  },
  mount() {
    const root = document.getElementById('root') as HTMLElement;
    const start = performance.now();
    const result = { firstChartMs: null as number | null, allFiguresMs: null as number | null };
    const observer = new MutationObserver(() => {
      if (result.firstChartMs === null && root.querySelector('svg[role="img"]'))
        result.firstChartMs = performance.now() - start;
      if (result.allFiguresMs === null && root.textContent.includes('All figures are ready.')) {
        result.allFiguresMs = performance.now() - start;
        observer.disconnect();
        // Long tasks are reported after they end: wait a moment, then keep those since mount.
        setTimeout(() => {
          window.progressBench.result = {
            ...result,
            longTasks: longTasks.filter((t) => t.start >= start).map((t) => t.duration),
          };
        }, 300);
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const examDate = isoDay(now + 30 * DAY);
    const router = createMemoryRouter([
      {
        path: '*',
        element: (
          <div className="page progress-page">
            <ProgressScreen
              exam={exam}
              chapters={[]}
              content={content}
              examDate={examDate}
              dateField={null}
            />
          </div>
        ),
      },
    ]);
    createRoot(root).render(<RouterProvider router={router} />);
  },
};
