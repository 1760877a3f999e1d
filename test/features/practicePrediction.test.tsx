/**
 * Calibration's input: every new practice-exam attempt stores what readiness predicted for the
 * exam at that moment (recall now, not on the exam date), from the stored states and the unseen
 * answers of earlier attempts. Fixture exam DVA-C02: domains 1 and 4; nothing studied, so each
 * domain starts from the prior Beta(0.5, 1.5) (recall chance 0.25, strength 2).
 */
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExamAttempt } from '../../src/schema/examAttempt';
import { DB_NAME } from '../../src/storage/db';
import { createAttempt } from '../../src/storage/examAttempts';
import { closeStudyDatabase, openStudyDatabase } from '../../src/storage/instance';
import { examById } from '../../src/stores/catalog';
import { resetExamDatesStore } from '../../src/stores/examDates';
import { usePracticeStore } from '../../src/stores/practiceStore';
import { resetStudyStore } from '../../src/stores/studyStore';

const now = Date.UTC(2026, 10, 30, 10);
const exam = examById('DVA-C02');
if (!exam) throw new Error('fixture exam missing');
const request = { exam, mode: 'practice' as const, length: 2, domain: null, onlyUnseen: false };

afterEach(async () => {
  cleanup();
  usePracticeStore.getState().close();
  resetExamDatesStore();
  resetStudyStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
});

const stored = async (id: string | null) =>
  (await (await openStudyDatabase()).examAttempts.get(id ?? '')) as ExamAttempt;

describe('the readiness snapshot on a new attempt', () => {
  it('with no evidence: the prior, 0.25 in every domain, and not enough data', async () => {
    const id = await usePracticeStore.getState().start(request, now);
    const { predicted } = await stored(id);
    expect(predicted?.domains).toEqual([
      { domain: 1, mean: 0.25 },
      { domain: 4, mean: 0.25 },
    ]);
    expect(predicted?.overall.mean).toBeCloseTo(0.25, 10);
    expect(predicted?.enoughData).toBe(false);
  });

  it("counts an earlier attempt's unseen answers: 2 right in domain 1 → Beta(2.5, 1.5), 0.625", async () => {
    const db = await openStudyDatabase();
    const answered = (id: string, correct: boolean) => ({
      id,
      title: id,
      domain: 1,
      tasks: ['DVA-C02:1.2'],
      difficulty: 'medium' as const,
      selected: [0],
      correct,
      answered: true,
      flagged: false,
      timeMs: 1000,
      wasUnseen: true,
    });
    const tally = { correct: 0, total: 0 };
    await createAttempt(db, {
      id: 'earlier',
      examId: 'DVA-C02',
      mode: 'practice',
      createdAt: now - 60_000,
      deadline: null,
      request: { length: 2, domain: null, onlyUnseen: false },
      questions: [],
      unseen: [],
      current: 0,
      submittedAt: now - 30_000,
      endReason: 'submitted',
      retakeOf: null,
      result: {
        correct: 2,
        total: 2,
        percent: 100,
        passedEstimate: true,
        unanswered: 0,
        byDomain: [],
        byTask: [],
        byDifficulty: { easy: tally, medium: tally, hard: tally },
        unseenCorrect: 2,
        unseenTotal: 2,
        perQuestion: [answered('x1', true), answered('x2', true)],
        timeMs: 2000,
        missing: [],
      },
    });
    const id = await usePracticeStore.getState().start(request, now);
    const { predicted } = await stored(id);
    expect(predicted?.domains[0]?.mean).toBeCloseTo(0.625, 3); // 30 s old: weight 0.99999
    expect(predicted?.domains[1]?.mean).toBeCloseTo(0.25, 10);
  });
});
