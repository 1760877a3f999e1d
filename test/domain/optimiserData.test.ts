import { describe, expect, it } from 'vitest';
import {
  flattenItems,
  MIN_ITEMS,
  splitByTime,
  studyDayNumber,
  trainingItems,
  type LogPoint,
} from '../../src/domain/optimiserData';
import { DEFAULT_PARAMETERS, recallPredictor } from '../../src/domain/scheduler';

// Tests run with TZ=UTC (vitest.config.ts), so local study days are UTC days starting at 04:00.
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 0, 5 + day, hour, minute);
const day = (ms: number) => studyDayNumber(ms, 4);

describe('studyDayNumber', () => {
  it('counts study days that start at the learner’s hour', () => {
    expect(day(at(1, 4)) - day(at(0, 4))).toBe(1);
    expect(day(at(1, 3, 59))).toBe(day(at(0, 4)));
    expect(day(at(1, 23))).toBe(day(at(1, 4)));
  });
});

describe('trainingItems', () => {
  const log: LogPoint[] = [
    // Item a: learnt on day 0 (two grades), Again on day 2, Good at 05:00 on day 3.
    { itemId: 'a', reviewedAt: at(3, 5), grade: 'good', first: false },
    { itemId: 'a', reviewedAt: at(0, 10), grade: 'good', first: true },
    { itemId: 'a', reviewedAt: at(0, 10, 10), grade: 'good', first: false },
    { itemId: 'a', reviewedAt: at(2, 9), grade: 'again', first: false },
    // Item b: Easy, then Hard at 03:00 the next calendar day, which is still study day 0.
    { itemId: 'b', reviewedAt: at(0, 12), grade: 'easy', first: true },
    { itemId: 'b', reviewedAt: at(1, 3), grade: 'hard', first: false },
    // Item c: its first review is not in the log (cut short): left out.
    { itemId: 'c', reviewedAt: at(1, 9), grade: 'good', first: false },
    { itemId: 'c', reviewedAt: at(4, 9), grade: 'good', first: false },
  ];

  it('makes one item per review a day or more after the one before, with the reviews so far', () => {
    const items = trainingItems(log, day);
    expect(items).toEqual([
      {
        history: [
          [3, 0],
          [3, 0],
          [1, 2],
        ],
        at: at(2, 9),
      },
      {
        history: [
          [3, 0],
          [3, 0],
          [1, 2],
          [3, 1],
        ],
        at: at(3, 5),
      },
    ]);
  });

  it('splits by time: the older share to fit, the newer to judge', () => {
    const items = [5, 1, 4, 2, 3].map((n) => ({
      history: [
        [3, 0],
        [3, n],
      ] as [number, number][],
      at: n,
    }));
    const { train, test } = splitByTime(items, 0.8);
    expect(train.map((i) => i.at)).toEqual([1, 2, 3, 4]);
    expect(test.map((i) => i.at)).toEqual([5]);
  });

  it('flattens items for fsrs-browser', () => {
    const flat = flattenItems(trainingItems(log, day));
    expect([...flat.ratings]).toEqual([3, 3, 1, 3, 3, 1, 3]);
    expect([...flat.deltas]).toEqual([0, 0, 2, 0, 0, 2, 1]);
    expect([...flat.lengths]).toEqual([3, 4]);
  });

  it('offers a fit from 80 items: 64 to train on (fsrs-rs’s full fit), 16 to judge', () => {
    expect(MIN_ITEMS).toBe(80);
  });
});

describe('recallPredictor', () => {
  it('is FSRS-6’s forgetting curve after the reviews before the last', () => {
    const w = DEFAULT_PARAMETERS;
    const decay = w[20] as number;
    const factor = 0.9 ** (-1 / decay) - 1;
    // One Good: stability w2; recall after 1 day: (1 + factor · 1 / w2)^−decay.
    const expected = (1 + factor / (w[2] as number)) ** -decay;
    expect(expected).toBeCloseTo(0.946847, 5);
    expect(
      recallPredictor(w)([
        [3, 0],
        [3, 1],
      ]),
    ).toBeCloseTo(expected, 8);
    // At t = S recall is 90 % by construction of the curve (ts-fsrs rounds to 8 decimals).
    expect(
      recallPredictor(w)([
        [4, 0],
        [3, w[3] as number],
      ]),
    ).toBeCloseTo(0.9, 8);
  });
});
