/**
 * The progress worker's computation over a real (fake-indexeddb) database: its figures use the
 * learner's scheduler, fitted parameters included, as the review does; and the parts arrive in
 * the order the page shows them, states first and the plan last.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  DEFAULT_PARAMETERS,
  schedulerOptionsFor,
} from '../../src/domain/scheduler';
import type { Exam } from '../../src/schema/exam';
import { STUDY_SETTINGS_KEY } from '../../src/schema/backup';
import { DEFAULT_SETTINGS, type MemoryState } from '../../src/schema/study';
import { computeProgress } from '../../src/stores/progress/computeProgress';
import type { ProgressFigures } from '../../src/stores/progress/progressMessages';
import { useTempDatabases } from './tempDatabases';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 30, 12);
const newDatabase = useTempDatabases('compute-progress');

const exam = {
  id: 'DVA-C02',
  slug: 'dva-c02',
  domains: [
    {
      number: 1,
      name: 'Development',
      weight: 100,
      tasks: [{ id: 'DVA-C02:1.1', number: '1.1', title: 'Code' }],
    },
  ],
} as unknown as Exam;
const content = {
  cards: [{ id: 'c1', exams: ['DVA-C02'], chapter: null, tasks: ['DVA-C02:1.1'] }],
  questions: [],
};
const state: MemoryState = {
  due: now + 5 * DAY,
  stability: 10,
  difficulty: 5,
  scheduledDays: 25,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  phase: 'review',
  lastReview: now - 20 * DAY,
};

async function figures(parameters: number[] | null): Promise<ProgressFigures[]> {
  const db = newDatabase();
  await db.open();
  await db.memory.put({ itemId: 'c1', kind: 'card', ...state });
  await db.settings.put({
    key: STUDY_SETTINGS_KEY,
    value: { ...DEFAULT_SETTINGS, fsrsParameters: parameters },
  });
  const parts: ProgressFigures[] = [];
  const request = { id: 1, now, examDate: now + 20 * DAY, exam, chapters: [], content };
  await computeProgress(
    db,
    request,
    (f) => parts.push(f),
    () => false,
  );
  return parts;
}

describe('computeProgress', () => {
  it("uses the learner's fitted parameters for recall, as the review does", async () => {
    // A decay (the 21st parameter) far from the default's changes recall 20 days on.
    const fitted = [...DEFAULT_PARAMETERS];
    fitted[20] = 0.6;
    const expected = (parameters: number[] | null) =>
      createScheduler(
        schedulerOptionsFor({ ...DEFAULT_SETTINGS, fsrsParameters: parameters }, false),
      ).retrievability(state, now);
    expect(expected(fitted)).not.toBeCloseTo(expected(null), 2);

    for (const parameters of [null, fitted]) {
      const parts = await figures(parameters);
      const states = parts.find((p) => p.part === 'states');
      if (states?.part !== 'states') throw new Error('no states part');
      expect(states.masteryNow.domains[0]?.recall).toBeCloseTo(expected(parameters), 10);
    }
  });

  it('posts states, practice exams, the log, then the plan', async () => {
    const parts = await figures(null);
    expect(parts.map((p) => p.part)).toEqual(['states', 'practice', 'log', 'plan']);
  });
});
