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
