/** The counts behind an exam draw: largest-remainder split with caps, and the multiple-response quota. */
import { describe, expect, it } from 'vitest';
import { apportion, multipleQuotas, type DomainStock } from '../../src/domain/examAllocation';

const ALL = [99, 99, 99, 99];
const stock = (overrides: Partial<DomainStock>): DomainStock => ({
  count: 0,
  unseenMultiple: 0,
  unseenSingle: 0,
  seenMultiple: 0,
  seenSingle: 0,
  ...overrides,
});

describe('splitting by weight', () => {
  it('uses the largest remainders', () => {
    // 65 × 32/26/24/18 % = 20.8 / 16.9 / 15.6 / 11.7 → floors 20 / 16 / 15 / 11 (62); the three
    // left go to the largest remainders .9 (domain 2), .8 (domain 1), .7 (domain 4).
    expect(apportion(65, [32, 26, 24, 18], ALL)).toEqual([21, 17, 15, 12]);
    expect(apportion(20, [32, 26, 24, 18], ALL)).toEqual([6, 5, 5, 4]);
  });

  it('breaks equal remainders by weight, then by position', () => {
    expect(apportion(1, [1, 1], [5, 5])).toEqual([1, 0]);
    // 3 × 2/4 = 1.5 and 3 × 1/4 = .75 twice: floors 1 / 0 / 0, then .75 and .75 → positions 2, 3.
    expect(apportion(3, [2, 1, 1], [5, 5, 5])).toEqual([1, 1, 1]);
  });

  it('passes what a capped entry cannot take to the others, and stops at the caps’ total', () => {
    expect(apportion(20, [32, 26, 24, 18], [99, 99, 99, 2])).toEqual([7, 6, 5, 2]);
    expect(apportion(20, [32, 26, 24, 18], [1, 1, 1, 1])).toEqual([1, 1, 1, 1]);
    expect(apportion(5, [0, 1], [9, 9])).toEqual([0, 5]);
  });
});

describe('multiple-response quota', () => {
  it('is the share of the draw, rounded, when nothing is in the way', () => {
    const domain = stock({ count: 20, unseenMultiple: 10, unseenSingle: 30 });
    expect(multipleQuotas([domain], 0.25)).toEqual([5]);
  });

  it('bends within one question toward the unseen questions', () => {
    // 10 × 25 % = 2.5, rounded 3; only 2 unseen "Select TWO" are left, so 2 keeps the draw unseen.
    const domain = stock({
      count: 10,
      unseenMultiple: 2,
      unseenSingle: 8,
      seenMultiple: 5,
      seenSingle: 5,
    });
    expect(multipleQuotas([domain], 0.25)).toEqual([2]);
  });

  it('does not leave the band for unseen questions', () => {
    // No unseen "Select TWO" at all: 2 (2.5 − 1, rounded up) seen ones still come in.
    const domain = stock({ count: 10, unseenSingle: 12, seenMultiple: 5 });
    expect(multipleQuotas([domain], 0.25)).toEqual([2]);
  });

  it('leaves the band only when the bank forces it', () => {
    const onlyMultiple = stock({ count: 4, unseenMultiple: 4 });
    const onlySingle = stock({ count: 4, unseenSingle: 9 });
    expect(multipleQuotas([onlyMultiple, onlySingle], 0.1)).toEqual([4, 0]);
  });

  it('spreads the quota over domains by how many each holds', () => {
    const rich = stock({ count: 10, unseenMultiple: 10, unseenSingle: 10 });
    const poor = stock({ count: 10, unseenMultiple: 2, unseenSingle: 18 });
    // 20 × 30 % = 6, spread 10 × 10/20 = 5 to 10 × 2/20 = 1.
    expect(multipleQuotas([rich, poor], 0.3)).toEqual([5, 1]);
  });
});
