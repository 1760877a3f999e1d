/**
 * The exam-taking screen, on attempts set straight into the practice store over the fixture
 * questions (q-long-job, single response; q-two, "Select TWO" of five) and two hand-built ones.
 * Asserts: the shuffled order shown and the original index stored, "Select TWO" enforced, flags
 * and the navigator, the submit step (open questions first, then submitting), letter keys and
 * focus, practice-mode checking, the clock and its announcements, a failed save, a removed
 * question.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadItems } from 'virtual:content';
import { ExamTaking } from '../../src/features/practice/ExamTaking';
import type { Question } from '../../src/schema/content';
import type { ExamAttempt, ExamMode } from '../../src/schema/examAttempt';
import { examById } from '../../src/stores/catalog';
import { usePracticeStore } from '../../src/stores/practiceStore';
import { resetStudyStore } from '../../src/stores/studyStore';
import { DB_NAME } from '../../src/storage/db';
import { createAttempt } from '../../src/storage/examAttempts';
import { closeStudyDatabase, openStudyDatabase } from '../../src/storage/instance';

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

const exam = must(examById('DVA-C02'), 'DVA-C02 in the fixture content');

function handBuilt(id: string): Question {
  return {
    type: 'choice',
    id,
    title: `Title of ${id}`,
    exams: ['DVA-C02'],
    tasks: ['DVA-C02:1.2'],
    chapter: null,
    section: null,
    difficulty: 'medium',
    select: 1,
    stemHtml: `<p>Stem of ${id}?</p>`,
    options: [0, 1, 2, 3].map((i) => ({
      html: `<p>${id} option ${String(i)}</p>`,
      correct: i === 0,
      explanationHtml: `<p>Why ${id} option ${String(i)}.</p>`,
    })),
    explanationHtml: null,
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html'],
    facts: [],
  };
}

/**
 * Shown order: q-long-job's options as "Amazon SQS alone", "AWS Step Functions…", "CloudWatch
 * Logs", "A single Lambda function…" (original 2, 0, 3, 1); q-two's as given.
 */
const drawn = [
  { id: 'q-long-job', title: 'Long job', optionOrder: [2, 0, 3, 1] },
  { id: 'q-two', title: 'Two answers', optionOrder: [0, 1, 2, 3, 4] },
  { id: 'q-three', title: 'Title of q-three', optionOrder: [3, 2, 1, 0] },
  { id: 'q-four', title: 'Title of q-four', optionOrder: [0, 1, 2, 3] },
];

async function start(mode: ExamMode = 'exam', extra: Partial<ExamAttempt> = {}) {
  const items = (await loadItems()).default;
  const bank = [...items.questions, handBuilt('q-three'), handBuilt('q-four')];
  const attempt: ExamAttempt = {
    id: 'attempt-1',
    examId: 'DVA-C02',
    mode,
    createdAt: Date.now(),
    deadline: mode === 'exam' ? Date.now() + 30 * 60_000 : null,
    request: { length: 4, domain: null, onlyUnseen: false },
    questions: drawn,
    unseen: [],
    current: 0,
    submittedAt: null,
    endReason: null,
    result: null,
    retakeOf: null,
    ...extra,
  };
  usePracticeStore.setState({
    status: 'ready',
    attempt,
    answers: {},
    questions: new Map(bank.map((q) => [q.id, q])),
    saveFailed: false,
  });
  render(
    <MemoryRouter initialEntries={['/exams/dva-c02/practice/attempt-1']}>
      <ExamTaking exam={exam} />
    </MemoryRouter>,
  );
  return attempt;
}

const stored = (id: string) => usePracticeStore.getState().answers[id];
const navigator = () => within(screen.getByRole('navigation', { name: 'Questions' }));
/** Next, which on the last question reads "Review and submit" (the navigator has one too). */
const nextButton = () =>
  must(screen.getAllByRole('button', { name: /^(Next|Review and submit)$/ })[0], 'Next button');
const heading = (n: number) => screen.getByRole('heading', { name: `Question ${String(n)} of 4` });

afterEach(async () => {
  vi.useRealTimers();
  usePracticeStore.getState().close();
  resetStudyStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
});

describe('exam-taking screen', () => {
  it('shows the options in the attempt’s order and stores the original index chosen', async () => {
    const user = userEvent.setup();
    await start();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('DVA-C02 practice exam');
    expect(screen.getByText('Exam conditions')).toBeVisible();
    expect(screen.getByText('Question 1 of 4')).toBeVisible();
    const group = screen.getByRole('group', { name: /A nightly job takes 40 minutes/ });
    const labels = within(group)
      .getAllByRole('radio')
      .map((r) => r.closest('label')?.textContent);
    expect(labels).toEqual([
      'AAmazon SQS alone',
      'BAWS Step Functions orchestrating shorter steps',
      'CAmazon CloudWatch Logs',
      'DA single Lambda function with a 40-minute timeout',
    ]);
    await user.click(screen.getByRole('radio', { name: /AWS Step Functions/ }));
    expect(screen.getByRole('radio', { name: /AWS Step Functions/ })).toBeChecked();
    expect(stored('q-long-job')?.selected).toEqual([0]);
    // Exam conditions: no verdict, no explanation, no Check.
    expect(screen.queryByText(/Right: each step stays under/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
  });

  it('"Select TWO" refuses a third pick and says why', async () => {
    const user = userEvent.setup();
    await start('exam', { current: 1 });
    expect(screen.getByText('Select TWO')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /Memory/ }));
    await user.click(screen.getByRole('checkbox', { name: /Timeout/ }));
    await user.click(screen.getByRole('checkbox', { name: /Architecture/ }));
    expect(screen.getByRole('checkbox', { name: /Architecture/ })).not.toBeChecked();
    expect(stored('q-two')?.selected).toEqual([0, 1]);
    expect(screen.getByText('Choose 2 options · 2 chosen.')).toBeVisible();
    expect(screen.getByText(/You have chosen 2 already/)).toBeInTheDocument();
    // Clearing one frees a place.
    await user.click(screen.getByRole('checkbox', { name: /Timeout/ }));
    await user.click(screen.getByRole('checkbox', { name: /Architecture/ }));
    expect(stored('q-two')?.selected).toEqual([0, 2]);
    expect(navigator().getByRole('button', { name: 'Question 2, answered' })).toBeInTheDocument();
  });

  it('flags a question and shows it in the navigator, which jumps to any question', async () => {
    const user = userEvent.setup();
    await start();
    const flag = screen.getByRole('button', { name: 'Flag for review' });
    expect(flag).toHaveAttribute('aria-pressed', 'false');
    await user.click(flag);
    expect(flag).toHaveAttribute('aria-pressed', 'true');
    expect(stored('q-long-job')?.flagged).toBe(true);
    const first = navigator().getByRole('button', { name: 'Question 1, unanswered, flagged' });
    expect(first).toHaveAttribute('aria-current', 'step');
    expect(first).toHaveTextContent('1⚑');

    await user.click(navigator().getByRole('button', { name: 'Question 3, unanswered' }));
    expect(heading(3)).toHaveFocus();
    expect(usePracticeStore.getState().attempt?.current).toBe(2);
    expect(navigator().getByRole('button', { name: 'Question 3, unanswered' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(first).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('group', { name: 'Stem of q-three?' })).toBeVisible();
  });

  it('the submit step lists unanswered and flagged questions first, then submits', async () => {
    const user = userEvent.setup();
    const attempt = await start();
    await createAttempt(await openStudyDatabase(), attempt);
    await user.click(screen.getByRole('radio', { name: /AWS Step Functions/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Flag for review' }));
    await user.click(navigator().getByRole('button', { name: /^Question 4/ }));
    await user.click(screen.getByRole('radio', { name: /q-four option 0/ }));
    expect(nextButton()).toHaveTextContent('Review and submit');
    await user.click(nextButton());

    const step = screen.getByRole('region', { name: 'Review and submit' });
    expect(screen.getByRole('heading', { name: 'Review and submit' })).toHaveFocus();
    const unanswered = within(step).getByRole('list', { name: 'Unanswered (2)' });
    expect(
      within(unanswered)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Question 2', 'Question 3']);
    const flagged = within(step).getByRole('list', { name: 'Flagged for review (1)' });
    expect(within(flagged).getByRole('button')).toHaveAccessibleName('Question 2');
    const submit = within(step).getByRole('button', { name: 'Submit exam' });
    // The lists come before the counts and the buttons.
    expect(unanswered.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(within(step).getByText('Answered').nextSibling).toHaveTextContent('2 of 4');
    expect(within(step).getByText('Time left').nextSibling).toHaveTextContent(/^(29|30):\d\d$/);

    // A jump back, then on to submit.
    await user.click(within(unanswered).getByRole('button', { name: 'Question 3' }));
    expect(heading(3)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(nextButton());
    await user.click(screen.getByRole('button', { name: 'Keep working' }));
    expect(heading(4)).toHaveFocus();
    await user.click(navigator().getByRole('button', { name: 'Review and submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    await waitFor(() => expect(usePracticeStore.getState().attempt?.submittedAt).not.toBeNull());
    expect(usePracticeStore.getState().attempt?.endReason).toBe('submitted');
  });

  it('a letter key chooses the option shown there and focuses it; N, P and R work', async () => {
    const user = userEvent.setup();
    await start();
    await user.keyboard('b');
    const stepFunctions = screen.getByRole('radio', { name: /AWS Step Functions/ });
    expect(stepFunctions).toBeChecked();
    expect(stepFunctions).toHaveFocus();
    expect(stored('q-long-job')?.selected).toEqual([0]);
    await user.keyboard('d');
    expect(screen.getByRole('radio', { name: /A single Lambda function/ })).toHaveFocus();
    expect(stored('q-long-job')?.selected).toEqual([1]);

    await user.keyboard('n');
    expect(heading(2)).toHaveFocus();
    await user.keyboard('ac');
    expect(screen.getByRole('checkbox', { name: /Architecture/ })).toHaveFocus();
    expect(stored('q-two')?.selected).toEqual([0, 2]);
    await user.keyboard('r');
    expect(stored('q-two')?.flagged).toBe(true);
    expect(screen.getByText('Flagged for review.')).toBeInTheDocument();
    await user.keyboard('p');
    expect(heading(1)).toHaveFocus();
    expect(screen.getByText(/Keys:/)).toHaveTextContent(
      'Keys: A–F choose · N or → next · P or ← previous · R flag',
    );
  });

  it('practice mode checks an answer, explains every option and makes it final', async () => {
    const user = userEvent.setup();
    await start('practice');
    expect(screen.getByText('Practice')).toBeVisible();
    expect(screen.queryByText('Time left')).not.toBeInTheDocument();
    const check = screen.getByRole('button', { name: 'Check answer' });
    expect(check).toBeDisabled();
    await user.keyboard('d');
    expect(check).toBeEnabled();
    await user.keyboard('{Enter}');

    expect(screen.getByText(/^Not quite\./)).toHaveFocus();
    expect(stored('q-long-job')?.checked).toBe(true);
    expect(screen.getByText('Your answer, wrong')).toBeVisible();
    expect(screen.getByText('Correct answer, missed')).toBeVisible();
    for (const why of [
      'Right: each step stays under',
      'Tempting, but the timeout cannot exceed',
      'SQS stores messages',
      'Logs store output',
    ]) {
      expect(screen.getByText(new RegExp(why))).toBeVisible();
    }
    expect(screen.getByRole('link', { name: /gettingstarted-limits/ })).toBeVisible();
    // Final: the options are disabled and a letter key changes nothing.
    expect(screen.getByRole('radio', { name: /AWS Step Functions/ })).toBeDisabled();
    await user.keyboard('b');
    expect(stored('q-long-job')?.selected).toEqual([1]);
  });

  it('shows the clock, ticks the store each second and announces 10 minutes left once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 });
    const tick = vi.fn();
    await start('exam', { deadline: 1_000_000 + 10 * 60_000 + 1500 });
    usePracticeStore.setState({ tick });
    expect(screen.getByText('Time left')).toBeVisible();
    expect(screen.getByText('10:02')).toBeVisible();
    const live = () => document.querySelector('.taking-clock [aria-live]');
    expect(live()).toHaveTextContent('');

    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(screen.getByText('10:00')).toBeVisible();
    expect(tick).toHaveBeenLastCalledWith(1_001_500);
    expect(live()).toHaveTextContent('10 minutes left');

    act(() => {
      vi.advanceTimersByTime(5 * 60_000);
    });
    expect(screen.getByText('5:00')).toBeVisible();
    expect(live()).toHaveTextContent('5 minutes left');
    expect(screen.getByText('Time left').parentElement).not.toHaveClass('taking-clock--low');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByText('4:59')).toBeVisible();
    expect(screen.getByText('Under 5 minutes left').parentElement).toHaveClass('taking-clock--low');
  });

  it('says when an answer could not be saved, and names a removed question', async () => {
    await start('exam', { current: 3 });
    act(() => {
      const questions = new Map(usePracticeStore.getState().questions);
      questions.delete('q-four');
      usePracticeStore.setState({ saveFailed: true, questions });
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Your last answer couldn’t be saved on this device yet. It is kept in this tab/,
    );
    expect(screen.getByText(/This question \(“Title of q-four”\) has been removed/)).toBeVisible();
    expect(navigator().getByRole('button', { name: /^Question 4, removed/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Leave for now/ })).toHaveAttribute(
      'href',
      '/exams/dva-c02/practice',
    );
  });
});
