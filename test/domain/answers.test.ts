/** Scoring a practice question and the grades offered after it (no partial credit). */
import { describe, expect, it } from 'vitest';
import {
  correctOptions,
  isReady,
  isRight,
  offeredGrades,
  optionMark,
  toggleOption,
} from '../../src/domain/answers';

const option = (correct: boolean) => ({ html: '', explanationHtml: '', correct });
const single = { options: [option(false), option(true), option(false), option(false)] };
const selectTwo = {
  options: [option(true), option(false), option(true), option(false), option(false)],
};

describe('answering a question', () => {
  it('knows the correct options', () => {
    expect(correctOptions(selectTwo)).toEqual([0, 2]);
  });

  it('replaces a single choice and toggles multiple ones, kept in order', () => {
    expect(toggleOption([1], 3, 1)).toEqual([3]);
    expect(toggleOption([2], 0, 2)).toEqual([0, 2]);
    expect(toggleOption([0, 2], 2, 2)).toEqual([0]);
    expect(toggleOption([10, 2], 9, 3)).toEqual([2, 9, 10]);
  });

  it('is ready to check only with exactly as many options as asked for', () => {
    expect(isReady([], 1)).toBe(false);
    expect(isReady([0], 2)).toBe(false);
    expect(isReady([0, 1], 2)).toBe(true);
    expect(isReady([0, 1, 2], 2)).toBe(false);
  });

  it('scores right only for exactly the correct options', () => {
    expect(isRight(single, [1])).toBe(true);
    expect(isRight(single, [0])).toBe(false);
    expect(isRight(selectTwo, [0, 2])).toBe(true);
    expect(isRight(selectTwo, [2, 0])).toBe(true);
    expect(isRight(selectTwo, [0, 1])).toBe(false);
    expect(isRight(selectTwo, [0])).toBe(false);
  });

  it('marks each option once checked', () => {
    expect(optionMark(true, true)).toBe('correct');
    expect(optionMark(true, false)).toBe('missed');
    expect(optionMark(false, true)).toBe('wrong');
    expect(optionMark(false, false)).toBe('other');
  });

  it('offers Hard, Good or Easy after a right answer (Good first) and only Again after a wrong one', () => {
    expect(offeredGrades(true)).toEqual({ grades: ['hard', 'good', 'easy'], suggested: 'good' });
    expect(offeredGrades(false)).toEqual({ grades: ['again'], suggested: 'again' });
  });
});
