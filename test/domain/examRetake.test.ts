/** Retaking a practice exam: all questions or only the missed ones, newly shuffled by seed. */
import { describe, expect, it } from 'vitest';
import { drawExam } from '../../src/domain/examDraw';
import { retakeSet } from '../../src/domain/examRetake';
import { scoreAttempt } from '../../src/domain/examScoring';
import { bank, exam } from './examBank';

const questions = bank();
const drawn = drawExam({
  exam,
  questions,
  length: 20,
  seen: new Set(),
  onlyUnseen: false,
  seed: 4,
}).questions;
// Right on every third question, wrong on the next, blank on the one after.
const answers = Object.fromEntries(
  drawn.flatMap((d, i) => (i % 3 === 2 ? [] : [[d.id, { selected: i % 3 === 0 ? [0] : [3] }]])),
);
const lookup = new Map(questions.map((q) => [q.id, q]));
const rightIfSelectOne = (id: string) => (lookup.get(id)?.select ?? 1) === 1;
const result = scoreAttempt({ exam, questions: lookup, drawn, answers, seenBefore: new Set() });
const sortedIds = (list: readonly { id: string }[]) => list.map((d) => d.id).sort();

describe('retaking an exam', () => {
  it('retakes only the wrong and unanswered questions', () => {
    const missed = result.perQuestion.filter((q) => !q.correct).map((q) => q.id);
    // Picking [0] is right for single response and wrong for "Select TWO".
    expect(missed).toEqual(
      drawn.filter((d, i) => i % 3 !== 0 || !rightIfSelectOne(d.id)).map((d) => d.id),
    );
    expect(sortedIds(retakeSet(drawn, result, 'missed', 9))).toEqual([...missed].sort());
  });

  it('retakes all questions in a new order with new option orders', () => {
    const again = retakeSet(drawn, result, 'all', 9);
    expect(sortedIds(again)).toEqual(sortedIds(drawn));
    expect(again.map((d) => d.id)).not.toEqual(drawn.map((d) => d.id));
    const before = new Map(drawn.map((d) => [d.id, d.optionOrder]));
    for (const d of again) {
      const old = before.get(d.id) ?? [];
      expect([...d.optionOrder].sort()).toEqual([...old].sort());
    }
    expect(again.some((d) => d.optionOrder.join() !== before.get(d.id)?.join())).toBe(true);
  });

  it('gives the same retake for the same seed', () => {
    expect(retakeSet(drawn, result, 'missed', 9)).toEqual(retakeSet(drawn, result, 'missed', 9));
  });

  it('drops questions the result left out as removed from the content', () => {
    const without = { perQuestion: result.perQuestion.filter((q) => q.id !== drawn[0]?.id) };
    expect(retakeSet(drawn, without, 'all', 9).map((d) => d.id)).not.toContain(drawn[0]?.id);
  });
});
