import { createEmptyCard, fsrs, generatorParameters, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { intervalLabel } from '../../src/domain/scheduler';
import type { Grade, MemoryState } from '../../src/schema/study';
import { testScheduler } from './testScheduler';

const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 23, 9, 0, 0);
const defaults = testScheduler();

describe('FSRS-6 scheduler adapter', () => {
  it('reproduces ts-fsrs reference vector (default parameters and steps, each grade at the previous due time)', () => {
    const grades: Grade[] = [
      ...Array<Grade>(6).fill('good'),
      'again',
      'again',
      ...Array<Grade>(5).fill('good'),
    ];
    let state: MemoryState | null = null;
    let now = start;
    const scheduledDays: number[] = [];
    for (const g of grades) {
      state = defaults.grade(state, now, g);
      scheduledDays.push(state.scheduledDays);
      now = state.due;
    }
    expect(scheduledDays).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
  });

  it('is deterministic with fuzz off and varies with fuzz on', () => {
    const a = defaults.grade(defaults.grade(null, start, 'good'), start + 600_000, 'good');
    const b = defaults.grade(defaults.grade(null, start, 'good'), start + 600_000, 'good');
    expect(a).toEqual(b);
    const fuzzy = testScheduler({ fuzz: true });
    let s: MemoryState | null = null;
    let t = start;
    for (let i = 0; i < 6; i++) {
      s = fuzzy.grade(s, t, 'good');
      t = s.due;
    }
    expect(s?.phase).toBe('review');
  });

  it('previews every grade with the learning steps: again 1m, good 10m for a new item', () => {
    const p = defaults.preview(null, start);
    expect(intervalLabel(start, p.again.due)).toBe('1m');
    expect(intervalLabel(start, p.good.due)).toBe('10m');
    expect(p.easy.phase).toBe('review');
    expect(p.easy.due - start).toBeGreaterThanOrEqual(DAY);
  });

  it('asks for more reviews at higher desired retention', () => {
    const intervalAt = (retention: number) => {
      const s = testScheduler({ retention });
      let state: MemoryState | null = null;
      let t = start;
      for (let i = 0; i < 4; i++) {
        state = s.grade(state, t, 'good');
        t = state.due;
      }
      return state?.scheduledDays ?? 0;
    };
    expect(intervalAt(0.97)).toBeLessThan(intervalAt(0.9));
    expect(intervalAt(0.9)).toBeLessThan(intervalAt(0.7));
  });

  it('reports lower retrievability as time passes', () => {
    const s = defaults.grade(defaults.grade(null, start, 'good'), start + 600_000, 'good');
    expect(defaults.retrievability(s, s.due)).toBeGreaterThan(
      defaults.retrievability(s, s.due + 30 * DAY),
    );
  });
});

describe('retrievability', () => {
  it('equals ts-fsrs get_retrievability for learning, review and overdue states', () => {
    const engine = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
    let s = defaults.grade(null, start, 'good');
    const states: MemoryState[] = [s];
    for (const grade of ['good', 'good', 'again', 'hard', 'easy', 'good'] as Grade[]) {
      s = defaults.grade(s, s.due, grade);
      states.push(s);
    }
    for (const state of states)
      for (const at of [state.due - DAY / 3, state.due, state.due + 1, state.due + 40 * DAY]) {
        const card = {
          ...createEmptyCard(new Date(state.due)),
          stability: state.stability,
          difficulty: state.difficulty,
          state: {
            new: State.New,
            learning: State.Learning,
            review: State.Review,
            relearning: State.Relearning,
          }[state.phase],
          last_review: new Date(state.lastReview ?? start),
        };
        expect(defaults.retrievability(state, at)).toBe(
          engine.get_retrievability(card, new Date(at), false),
        );
      }
  });
});

describe('intervalLabel', () => {
  it.each([
    [60_000, '1m'],
    [10 * 60_000, '10m'],
    [3 * 3_600_000, '3h'],
    [3 * DAY, '3d'],
    [90 * DAY, '3mo'],
    [400 * DAY, '1.1y'],
  ])('%i ms → %s', (ms, label) => {
    expect(intervalLabel(0, ms)).toBe(label);
  });
});
