/**
 * The practice-exam page: the setup form starts an attempt with the learner's choices, stored
 * attempts are listed (with a chart summarised for screen readers), an unfinished attempt can be
 * resumed, and the settings switch for exam answers as reviews is saved. Also the way in from
 * the exam's page.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExamAttempt, StoredAttemptResult } from '../../src/schema/examAttempt';
import { DB_NAME } from '../../src/storage/db';
import { createAttempt } from '../../src/storage/examAttempts';
import { closeStudyDatabase, openStudyDatabase } from '../../src/storage/instance';
import { useExamStore } from '../../src/stores/examStore';
import { usePracticeStore } from '../../src/stores/practiceStore';
import { resetStudyStore, useStudyStore } from '../../src/stores/studyStore';
import { renderApp } from './renderApp';

const realStart = usePracticeStore.getState().start;
const DAY = 86_400_000;

beforeEach(() => {
  useExamStore.setState({ examId: 'DVA-C02' });
});
afterEach(async () => {
  usePracticeStore.setState({ start: realStart });
  resetStudyStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
});

function resultOf(correct: number, total: number): StoredAttemptResult {
  const percent = Math.round((correct / total) * 1000) / 10;
  return {
    correct,
    total,
    percent,
    passedEstimate: percent >= 72,
    unanswered: 0,
    byDomain: [
      { domain: 1, name: 'Development with AWS Services', correct: Math.min(correct, 3), total: 3 },
      {
        domain: 4,
        name: 'Troubleshooting and Optimization',
        correct: Math.max(0, correct - 3),
        total: total - 3,
      },
    ],
    byTask: [],
    byDifficulty: {
      easy: { correct: 0, total: 0 },
      medium: { correct: 0, total: 0 },
      hard: { correct: 0, total: 0 },
    },
    unseenCorrect: 0,
    unseenTotal: 0,
    perQuestion: [],
    timeMs: 60_000,
    missing: [],
  };
}

/** A stored attempt of `total` questions, submitted with `correct` right unless `open`. */
function attemptOf(
  id: string,
  createdAt: number,
  score: { correct: number; total: number } | 'open',
  extra: Partial<ExamAttempt> = {},
): ExamAttempt {
  const total = score === 'open' ? 5 : score.total;
  return {
    id,
    examId: 'DVA-C02',
    mode: 'exam',
    createdAt,
    deadline: createdAt + 10 * 60_000,
    request: { length: total, domain: null, onlyUnseen: false },
    questions: Array.from({ length: total }, (_, i) => ({
      id: `q${i}`,
      title: `Question ${i}`,
      optionOrder: [0, 1, 2, 3],
    })),
    unseen: [],
    current: 0,
    submittedAt: score === 'open' ? null : createdAt + 5 * 60_000,
    endReason: score === 'open' ? null : 'submitted',
    result: score === 'open' ? null : resultOf(score.correct, score.total),
    retakeOf: null,
    ...extra,
  };
}

async function seed(...attempts: ExamAttempt[]) {
  const db = await openStudyDatabase();
  for (const a of attempts) await createAttempt(db, a);
}

describe('practice exam setup', () => {
  it('starts an attempt with the chosen options and opens it', async () => {
    const user = userEvent.setup();
    const start = vi.fn(() => Promise.resolve('x'));
    usePracticeStore.setState({ start });
    const { router } = renderApp('/exams/dva-c02/practice');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'DVA-C02 practice exams',
    );
    const length = screen.getByRole('group', { name: 'Length' });
    // The fixture bank holds 2 DVA-C02 questions: the full set is all there is.
    expect(within(length).getByRole('radio', { name: 'Full set: 2 questions' })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Exam conditions: timed \(4 min/ })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: /Practice: untimed/ }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Domain' }),
      'Domain 4: Troubleshooting and Optimization (40%)',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Only questions I haven’t seen yet' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));

    expect(start).toHaveBeenCalledWith(
      {
        exam: expect.objectContaining({ id: 'DVA-C02' }) as unknown,
        mode: 'practice',
        length: 2,
        domain: 4,
        onlyUnseen: true,
      },
      expect.any(Number),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/exams/dva-c02/practice/x'));
  });

  it('says so when no questions match, and the button works again', async () => {
    const user = userEvent.setup();
    usePracticeStore.setState({ start: vi.fn(() => Promise.resolve(null)) });
    renderApp('/exams/dva-c02/practice');
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/No questions match/);
    expect(screen.getByRole('button', { name: 'Start' })).toBeEnabled();
  });

  it('shows a clear page for an unknown exam', async () => {
    renderApp('/exams/nope/practice');
    expect(await screen.findByRole('heading', { name: 'No such exam' })).toBeVisible();
  });
});

describe('practice exam history', () => {
  it('says there are no attempts yet', async () => {
    renderApp('/exams/dva-c02/practice');
    expect(await screen.findByText(/No submitted attempts yet/)).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('lists every submitted attempt, newest first, linking to its results', async () => {
    const t0 = Date.UTC(2026, 10, 20, 9, 0);
    await seed(
      attemptOf('a1', t0, { correct: 5, total: 10 }),
      attemptOf('a2', t0 + DAY, { correct: 8, total: 10 }, { mode: 'practice', deadline: null }),
      attemptOf('a3', t0 + 2 * DAY, { correct: 10, total: 10 }, { endReason: 'timeout' }),
    );
    renderApp('/exams/dva-c02/practice');
    const table = await screen.findByRole('table', { name: /Submitted attempts, newest first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const [newest, , oldest] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(newest).getByRole('link', { name: '22 Nov 2026, 09:00' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/practice/a3',
    );
    expect(newest).toHaveTextContent('Exam conditions (time ran out)');
    expect(newest).toHaveTextContent('100% (10/10)');
    expect(rows[1]).toHaveTextContent('Practice');
    expect(oldest).toHaveTextContent('50% (5/10)');
    expect(oldest).toHaveTextContent('1. Development with AWS Services 3/3 (100%)');
    expect(oldest).toHaveTextContent('4. Troubleshooting and Optimization 2/7 (29%)');

    expect(
      screen.getByRole('img', {
        name: 'Scores of 3 attempts, ranging from 50% to 100%; latest 100%; pass guide 72%.',
      }),
    ).toBeVisible();
  });

  it('offers to resume the attempt in progress, with the time left', async () => {
    const now = Date.now();
    await seed(
      attemptOf('old', now - DAY, { correct: 6, total: 10 }),
      attemptOf('open', now - 60_000, 'open', { deadline: now + 30 * 60_000, current: 2 }),
    );
    renderApp('/exams/dva-c02/practice');
    const panel = await screen.findByRole('region', { name: 'Attempt in progress' });
    expect(within(panel).getByRole('link', { name: 'Resume' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/practice/open',
    );
    expect(panel).toHaveTextContent('Exam conditions');
    expect(panel).toHaveTextContent('question 3 of 5');
    expect(panel).toHaveTextContent('30 min left.');
    // The unfinished attempt is not in the history (or the chart).
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Score of 1 attempt: 60%; pass guide 72%.',
    );
  });

  it('says when the time ran out while away: opening shows the result', async () => {
    const now = Date.now();
    await seed(attemptOf('late', now - 3 * 60 * 60_000, 'open'));
    renderApp('/exams/dva-c02/practice');
    const panel = await screen.findByRole('region', { name: 'Attempt in progress' });
    expect(panel).toHaveTextContent(/The time has run out/);
    expect(within(panel).getByRole('link', { name: 'See the result' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/practice/late',
    );
    expect(within(panel).queryByRole('button', { name: 'Discard' })).not.toBeInTheDocument();
  });

  it('discards the attempt in progress after a confirmation', async () => {
    const user = userEvent.setup();
    const now = Date.now();
    await seed(attemptOf('open', now - 60_000, 'open', { deadline: now + 30 * 60_000 }));
    renderApp('/exams/dva-c02/practice');
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Discard attempt' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Attempt in progress' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('The attempt was discarded.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    const db = await openStudyDatabase();
    expect(await db.examAttempts.count()).toBe(0);
  });
});

describe('ways in', () => {
  it('the exam page links to its practice exams', async () => {
    renderApp('/exams/dva-c02');
    expect(await screen.findByRole('link', { name: 'Practice exam' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/practice',
    );
  });

  it('the settings switch for exam answers as reviews is saved', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    const box = await screen.findByRole('checkbox', {
      name: 'Count practice-exam answers as reviews (right = Good, wrong = Again)',
    });
    expect(box).toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeVisible();
    expect(useStudyStore.getState().settings.examAnswersAsReviews).toBe(false);
    const db = await openStudyDatabase();
    await waitFor(async () =>
      expect((await db.settings.get('study'))?.value).toMatchObject({
        examAnswersAsReviews: false,
      }),
    );
  });
});
