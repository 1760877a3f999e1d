/**
 * Scoring a submitted practice exam on the fixture exam (DVA-C02, pass mark 720). Asserts: all
 * right, a half-right "Select TWO" is wrong, blanks count as wrong, tallies by domain, task
 * (weakest first) and difficulty, the unseen tally, rounding, the pass estimate and its note.
 */
import { describe, expect, it } from 'vitest';
import {
  gradeForAnswer,
  passNote,
  scoreAttempt,
  type ExamAnswer,
  type ScoreInput,
} from '../../src/domain/examScoring';
import { exam, question } from './examBank';

// Option i is correct when i < select: single → [0], "Select TWO" → [0, 1].
const questions = [
  question('a', ['DVA-C02:1.1'], 1, 'easy'),
  question('b', ['DVA-C02:1.2'], 2, 'medium'),
  question('c', ['DVA-C02:2.1'], 2, 'hard'),
  question('d', ['DVA-C02:2.1'], 1, 'medium'),
  // Counts toward domain 3 (its first task), and toward task 1.1 as well.
  question('e', ['DVA-C02:3.1', 'DVA-C02:1.1'], 1, 'easy'),
];
const lookup = new Map(questions.map((q) => [q.id, q]));
const drawn = questions.map((q) => ({ id: q.id, optionOrder: [3, 2, 1, 0] }));
const answers: Record<string, ExamAnswer> = {
  a: { selected: [0], timeMs: 30_000 },
  b: { selected: [1, 0], timeMs: 60_000 },
  c: { selected: [0, 2], timeMs: 45_000 }, // one of the two right: wrong
  // d left blank
  e: { selected: [1], flagged: true, timeMs: 15_000 },
};

const score = (overrides: Partial<ScoreInput> = {}) =>
  scoreAttempt({
    exam,
    questions: lookup,
    drawn,
    answers,
    seenBefore: new Set(['a', 'e']),
    ...overrides,
  });

describe('scoring an attempt', () => {
  it('scores all right as 100 % and an estimated pass', () => {
    const all = Object.fromEntries(
      questions.map((q) => [q.id, { selected: q.select > 1 ? [0, 1] : [0] }]),
    );
    expect(score({ answers: all })).toMatchObject({
      correct: 5,
      total: 5,
      percent: 100,
      passedEstimate: true,
      unanswered: 0,
    });
  });

  it('counts a half-right "Select TWO" and a blank as wrong', () => {
    const result = score();
    expect(result).toMatchObject({
      correct: 2,
      total: 5,
      percent: 40,
      passedEstimate: false,
      unanswered: 1,
    });
    const byId = new Map(result.perQuestion.map((q) => [q.id, q]));
    expect(byId.get('c')).toMatchObject({ correct: false, answered: true, selected: [0, 2] });
    expect(byId.get('d')).toMatchObject({
      correct: false,
      answered: false,
      selected: [],
      timeMs: 0,
    });
  });

  it('keeps each question’s answer in the order shown', () => {
    expect(score().perQuestion).toEqual([
      {
        id: 'a',
        title: 'Question a',
        domain: 1,
        tasks: ['DVA-C02:1.1'],
        difficulty: 'easy',
        selected: [0],
        correct: true,
        answered: true,
        flagged: false,
        timeMs: 30_000,
        wasUnseen: false,
      },
      {
        id: 'b',
        title: 'Question b',
        domain: 1,
        tasks: ['DVA-C02:1.2'],
        difficulty: 'medium',
        selected: [0, 1],
        correct: true,
        answered: true,
        flagged: false,
        timeMs: 60_000,
        wasUnseen: true,
      },
      {
        id: 'c',
        title: 'Question c',
        domain: 2,
        tasks: ['DVA-C02:2.1'],
        difficulty: 'hard',
        selected: [0, 2],
        correct: false,
        answered: true,
        flagged: false,
        timeMs: 45_000,
        wasUnseen: true,
      },
      {
        id: 'd',
        title: 'Question d',
        domain: 2,
        tasks: ['DVA-C02:2.1'],
        difficulty: 'medium',
        selected: [],
        correct: false,
        answered: false,
        flagged: false,
        timeMs: 0,
        wasUnseen: true,
      },
      {
        id: 'e',
        title: 'Question e',
        domain: 3,
        tasks: ['DVA-C02:3.1', 'DVA-C02:1.1'],
        difficulty: 'easy',
        selected: [1],
        correct: false,
        answered: true,
        flagged: true,
        timeMs: 15_000,
        wasUnseen: false,
      },
    ]);
    expect(score().timeMs).toBe(150_000);
  });

  it('tallies by domain (exam order), by task (weakest first) and by difficulty', () => {
    const result = score();
    expect(result.byDomain).toEqual([
      { domain: 1, name: 'Development with AWS Services', correct: 2, total: 2 },
      { domain: 2, name: 'Security', correct: 0, total: 2 },
      { domain: 3, name: 'Deployment', correct: 0, total: 1 },
    ]);
    // 0/2 before 0/1 (more evidence), then 1/2, then 1/1.
    expect(result.byTask).toEqual([
      { task: 'DVA-C02:2.1', title: 'Task 2.1', correct: 0, total: 2 },
      { task: 'DVA-C02:3.1', title: 'Task 3.1', correct: 0, total: 1 },
      { task: 'DVA-C02:1.1', title: 'Task 1.1', correct: 1, total: 2 },
      { task: 'DVA-C02:1.2', title: 'Task 1.2', correct: 1, total: 1 },
    ]);
    expect(result.byDifficulty).toEqual({
      easy: { correct: 1, total: 2 },
      medium: { correct: 1, total: 2 },
      hard: { correct: 0, total: 1 },
    });
  });

  it('tallies the questions the learner had not seen before', () => {
    expect(score()).toMatchObject({ unseenCorrect: 1, unseenTotal: 3 });
  });

  it('rounds the percentage to one decimal and estimates a pass at passMark / 10', () => {
    const three = drawn.slice(0, 3);
    expect(score({ drawn: three }).percent).toBe(66.7);
    const bank = Array.from({ length: 25 }, (_, i) => question(`p${i}`, ['DVA-C02:1.1']));
    const rightUpTo = (n: number) =>
      scoreAttempt({
        exam,
        questions: new Map(bank.map((q) => [q.id, q])),
        drawn: bank.map((q) => ({ id: q.id })),
        answers: Object.fromEntries(bank.map((q, i) => [q.id, { selected: [i < n ? 0 : 1] }])),
        seenBefore: new Set(),
      });
    expect(rightUpTo(18)).toMatchObject({ percent: 72, passedEstimate: true });
    expect(rightUpTo(17)).toMatchObject({ percent: 68, passedEstimate: false });
  });

  it('ignores repeated and out-of-range option indexes in a stored answer', () => {
    const result = score({ answers: { a: { selected: [0, 0, 9, -1] } } });
    expect(result.perQuestion[0]).toMatchObject({ selected: [0], correct: true });
  });

  it('leaves out, and lists, questions no longer in the content', () => {
    const result = score({ drawn: [...drawn, { id: 'gone' }], questions: (id) => lookup.get(id) });
    expect(result).toMatchObject({ total: 5, correct: 2, missing: ['gone'] });
    expect(result.perQuestion.map((q) => q.id)).not.toContain('gone');
  });

  it('is a plain snapshot that survives JSON', () => {
    const result = score();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('scores an empty attempt as 0 without a pass', () => {
    expect(score({ drawn: [] })).toMatchObject({ total: 0, percent: 0, passedEstimate: false });
  });
});

describe('what the result means', () => {
  it('explains the pass estimate honestly', () => {
    const note = passNote(exam);
    expect(note).toContain('100 to 1000');
    expect(note).toContain('720');
    expect(note).toContain('not a straight percentage');
    expect(note).toContain('15 of the 65 questions');
    expect(note).toContain('72%');
    expect(note).toContain('rough guide');
  });

  it('records an exam answer as a review: Good when right, Again when wrong', () => {
    expect(gradeForAnswer(true)).toBe('good');
    expect(gradeForAnswer(false)).toBe('again');
  });
});
