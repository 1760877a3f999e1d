/** The one mapping between memory states and stored rows, pack entries and backups. */
import { describe, expect, it } from 'vitest';
import { MEMORY_FIELDS, memoryState } from '../../src/schema/study';
import {
  memoryRowOf,
  pickMemoryState,
  restoreMemoryState,
  stateFromValues,
  stateValues,
} from '../../src/storage/memoryRows';
import { testScheduler } from '../domain/testScheduler';

const now = Date.UTC(2026, 10, 23, 10);
const scheduler = testScheduler();

describe('restoreMemoryState', () => {
  const valid = scheduler.grade(null, now, 'good');
  const variants: [string, unknown][] = [
    ['valid', valid],
    ['with extra row fields', { ...valid, itemId: 'x', kind: 'card' }],
    ['never reviewed', { ...valid, lastReview: null }],
    ['missing due', { ...valid, due: undefined }],
    ['NaN stability', { ...valid, stability: Number.NaN }],
    ['fractional reps', { ...valid, reps: 1.5 }],
    ['negative lapses', { ...valid, lapses: -1 }],
    ['unknown phase', { ...valid, phase: 'forgotten' }],
    ['text lastReview', { ...valid, lastReview: 'yesterday' }],
    ['null', null],
    ['a string', 'state'],
  ];
  it.each(variants)('agrees with the zod schema: %s', (_, value) => {
    const byHand = restoreMemoryState(value);
    const {
      itemId: _i,
      kind: _k,
      ...rest
    } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const byZod =
      typeof value === 'object' && value !== null
        ? memoryState.safeParse(rest)
        : memoryState.safeParse(value);
    expect(byHand !== null).toBe(byZod.success);
    if (byZod.success) expect(byHand).toEqual(byZod.data);
  });
});

describe('memory rows', () => {
  const state = scheduler.grade(null, now, 'good');

  it('lists every field of the schema once', () => {
    expect([...MEMORY_FIELDS].sort()).toEqual(Object.keys(memoryState.shape).sort());
  });

  it('round-trips a state through pack values, rows and backups', () => {
    expect(stateFromValues(stateValues(state))).toEqual(state);
    expect(stateFromValues(['id', 'card', ...stateValues(state)], 2)).toEqual(state);
    const row = memoryRowOf('card-a', 'card', { ...state, extra: 1 } as typeof state);
    expect(row).toEqual({ itemId: 'card-a', kind: 'card', ...state });
    expect(pickMemoryState(row)).toEqual(state);
  });

  it('rejects pack values that are short or of the wrong type', () => {
    expect(stateFromValues(stateValues(state).slice(0, -1))).toBeNull();
    expect(
      stateFromValues(stateValues(state).map((v) => (v === 'learning' ? 'lost' : v))),
    ).toBeNull();
  });
});
