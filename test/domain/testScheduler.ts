import type { MemoryState, ReviewLogEntry } from '../../src/schema/study';
import { createScheduler, type SchedulerOptions } from '../../src/domain/scheduler';

/** The scheduler tests use: the app's default retention and steps, fuzz off unless asked. */
export function testScheduler(overrides: Partial<SchedulerOptions> = {}) {
  return createScheduler({
    retention: 0.9,
    learningSteps: ['1m', '10m'],
    relearningSteps: ['10m'],
    fuzz: false,
    ...overrides,
  });
}

const scheduler = testScheduler();

/** A "good" grade of a flashcard at `at`, given on `before`, as the study screen records it. */
export function goodGrade(itemId: string, before: MemoryState | null, at: number): ReviewLogEntry {
  return {
    itemId,
    kind: 'card',
    reviewedAt: at,
    grade: 'good',
    before,
    after: scheduler.grade(before, at, 'good'),
    durationMs: 4000,
  };
}
