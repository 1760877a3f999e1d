/**
 * The practice-exam results screen, on a result scored by `scoreAttempt` over hand-built
 * questions and set straight into the store: score and pass-line wording, the time-out notice,
 * the domain table, filters, a removed question, the opened review and the retake buttons.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scoreAttempt, type ExamAnswer } from '../../src/domain/examScoring';
import { ExamResults } from '../../src/features/practice/ExamResults';
import type { Question } from '../../src/schema/content';
import type { ExamAttempt } from '../../src/schema/examAttempt';
import { examById } from '../../src/stores/catalog';
import { usePracticeStore } from '../../src/stores/practiceStore';

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

const exam = must(examById('DVA-C02'), 'DVA-C02 in the fixture content');
const SUBMITTED = Date.UTC(2026, 10, 23, 14, 5);

function question(id: string, task: string, extra: Partial<Question> = {}): Question {
  return {
    type: 'choice',
    id,
    title: `Title of ${id}`,
    exams: ['DVA-C02'],
    tasks: [`DVA-C02:${task}`],
    chapter: null,
    section: null,
    difficulty: 'medium',
    select: 1,
    stemHtml: `<p>Stem of ${id}?</p>`,
    options: [0, 1, 2].map((i) => ({
      html: `<p>${id} option ${String(i)}</p>`,
      correct: i === 0,
      explanationHtml: `<p>Why ${id} option ${String(i)}.</p>`,
    })),
    explanationHtml: `<p>Takeaway of ${id}.</p>`,
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html'],
    facts: [],
    ...extra,
  };
}

const bank = [
  question('q-a', '1.2', {
    chapter: 'limits',
    section: { id: 'timeout', title: 'Timeout' },
    difficulty: 'easy',
  }),
  question('q-b', '1.2'),
  question('q-c', '4.3', { difficulty: 'hard' }),
  question('q-d', '4.3'),
  question('q-e', '1.2'),
];
/** Shown order: q-a's options as C, A, B (so its right option 0 shows as B). */
const drawn = [
  { id: 'q-a', title: 'Title of q-a', optionOrder: [2, 0, 1] },
  { id: 'q-b', title: 'Title of q-b', optionOrder: [0, 1, 2] },
  { id: 'q-old', title: 'An old question', optionOrder: [0, 1, 2] },
  { id: 'q-c', title: 'Title of q-c', optionOrder: [0, 1, 2] },
  { id: 'q-d', title: 'Title of q-d', optionOrder: [1, 2, 0] },
  { id: 'q-e', title: 'Title of q-e', optionOrder: [0, 1, 2] },
];
const answer = (selected: number[], extra: Partial<ExamAnswer> = {}) => ({
  selected,
  timeMs: 30_000,
  ...extra,
});
/** q-a wrong, q-b right and flagged, q-c blank, q-d right, q-e wrong; q-old already removed. */
const wrongAnswers: Record<string, ExamAnswer> = {
  'q-a': answer([1], { timeMs: 65_000 }),
  'q-b': answer([0], { flagged: true }),
  'q-d': answer([0]),
  'q-e': answer([2]),
};

function setResult(options: {
  answers?: Record<string, ExamAnswer>;
  endReason?: 'submitted' | 'timeout';
  /** The bank now: defaults to all but q-e (removed after submission). */
  now?: Question[];
}) {
  const answers = options.answers ?? wrongAnswers;
  const result = scoreAttempt({
    exam,
    questions: new Map(bank.map((q) => [q.id, q])),
    drawn,
    answers,
    seenBefore: new Set(['q-b']),
  });
  const attempt: ExamAttempt = {
    id: 'first',
    examId: 'DVA-C02',
    mode: 'exam',
    createdAt: SUBMITTED - 600_000,
    deadline: SUBMITTED,
    request: { length: 10, domain: null, onlyUnseen: false },
    questions: drawn,
    unseen: [],
    current: 0,
    submittedAt: SUBMITTED,
    endReason: options.endReason ?? 'submitted',
    result,
    retakeOf: null,
  };
  const now = options.now ?? bank.filter((q) => q.id !== 'q-e');
  usePracticeStore.setState({
    status: 'ready',
    attempt,
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, a]) => [
        id,
        {
          attemptId: 'first',
          questionId: id,
          selected: [...a.selected],
          flagged: a.flagged ?? false,
          checked: false,
          timeMs: a.timeMs ?? 0,
        },
      ]),
    ),
    questions: new Map(now.map((q) => [q.id, q])),
  });
}

function renderResults() {
  const router = createMemoryRouter(
    [
      { path: '/exams/:examSlug/practice/:attemptId', element: <ExamResults exam={exam} /> },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: ['/exams/dva-c02/practice/first'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const reviewItems = () =>
  within(screen.getByRole('region', { name: 'Review every question' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

afterEach(() => {
  usePracticeStore.setState({ status: 'idle', attempt: null, answers: {}, questions: new Map() });
});

describe('practice exam results', () => {
  it('shows the frozen score against the rough pass line, never "passed", with the honest note', () => {
    setResult({});
    renderResults();
    const h1 = screen.getByRole('heading', { level: 1, name: 'DVA-C02 practice exam results' });
    expect(h1).toHaveFocus();
    expect(h1).toHaveAccessibleDescription(/40% 2 of 5 questions right Below the rough pass line/);
    expect(screen.getByText('40%')).toBeVisible();
    expect(screen.getByText('2 of 5 questions right')).toBeVisible();
    expect(screen.getByText('Below the rough pass line of 72%.')).toBeVisible();
    expect(document.body).not.toHaveTextContent(/you passed/i);
    expect(screen.getByText(/not a straight percentage/)).toHaveTextContent(
      /cover only the Lambda and serverless parts/,
    );
    expect(screen.getByText(/1 question had been removed from the course/)).toBeVisible();
    expect(screen.queryByText(/Time ran out/)).not.toBeInTheDocument();
    const figures = [...document.querySelectorAll('.results-figures div')].map((d) => [
      d.querySelector('dt')?.textContent,
      d.querySelector('dd')?.textContent,
    ]);
    expect(figures).toEqual([
      ['Time spent', '2 min 35 s'],
      ['Average per question', '31 s'],
      ['Unanswered', '1'],
      ['New to you', '4 (1 right)'],
    ]);
    expect(screen.getByText('Exam conditions')).toBeVisible();
    expect(screen.getByText('6 questions')).toBeVisible();
    expect(screen.getByText('23 Nov 2026, 14:05')).toBeVisible();
  });

  it('says "above the rough pass line" when the share right clears it', () => {
    const allRight = Object.fromEntries(bank.map((q) => [q.id, answer([0])]));
    setResult({ answers: allRight, now: bank });
    renderResults();
    expect(screen.getByText('Above the rough pass line of 72%.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /missed/ })).not.toBeInTheDocument();
    expect(screen.getByText(/You missed none/)).toBeVisible();
  });

  it('opens with a notice when the time ran out, counting the unanswered', () => {
    setResult({ endReason: 'timeout' });
    renderResults();
    const notice = screen.getByText(/Time ran out: your exam was submitted as it stood/);
    expect(notice.closest('.results-timeout')).toHaveTextContent('1 question was unanswered');
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleDescription(/^Time ran out/);
  });

  it('breaks the score down by domain, task and difficulty in tables', () => {
    setResult({});
    renderResults();
    const rows = (name: string) =>
      within(screen.getByRole('table', { name }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows('By domain')).toEqual([
      ['1 Development with AWS Services', '1 of 3', '33%'],
      ['4 Troubleshooting and Optimization', '1 of 2', '50%'],
    ]);
    expect(rows('By task statement, weakest first')[0]).toEqual([
      '1.2 Develop code for AWS Lambda',
      '1 of 3',
      '33%',
    ]);
    expect(rows('By difficulty')).toEqual([
      ['Easy', '0 of 1', '0%'],
      ['Medium', '2 of 3', '67%'],
      ['Hard', '0 of 1', '0%'],
    ]);
  });

  it('filters the review, and lists a removed question by its stored title', async () => {
    const user = userEvent.setup();
    setResult({});
    renderResults();
    expect(reviewItems()).toHaveLength(6);
    const removed = screen.getByRole('heading', { level: 3, name: /An old question/ });
    expect(removed).toHaveTextContent('q-old');
    expect(removed).toHaveTextContent('Removed from the course since');
    expect(within(removed).queryByRole('button')).not.toBeInTheDocument();
    // Removed after submission: still scored, still marked, no details.
    const later = screen.getByRole('heading', { level: 3, name: /Title of q-e/ });
    expect(later).toHaveTextContent(/Removed from the course since.*Wrong/);

    const filters = screen.getByRole('group', { name: 'Show questions' });
    expect(
      within(filters)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['All 6', 'Wrong 2', 'Flagged 1', 'Unanswered 1']);
    await user.click(within(filters).getByRole('button', { name: /Wrong/ }));
    expect(within(filters).getByRole('button', { name: /Wrong/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(reviewItems()).toEqual([
      expect.stringMatching(/^Question 1, Title of q-a, ✗ Wrong/),
      expect.stringMatching(/^Question 6, Title of q-e/),
    ]);
    expect(screen.getByText('Showing 2 wrong of 6 questions.')).toBeVisible();
    await user.click(within(filters).getByRole('button', { name: /Flagged/ }));
    expect(reviewItems()).toEqual([expect.stringMatching(/Title of q-b, ✓ Right, Flagged/)]);
    await user.click(within(filters).getByRole('button', { name: /Unanswered/ }));
    expect(reviewItems()).toEqual([expect.stringMatching(/Title of q-c, – Unanswered/)]);
  });

  it('opens a question: options in the order shown, both answers marked, explained, linked', async () => {
    const user = userEvent.setup();
    setResult({});
    renderResults();
    const heading = screen.getByRole('heading', { level: 3, name: /Title of q-a/ });
    expect(heading).toHaveTextContent(
      'Question 1, Title of q-a, ✗ Wrong, New to you, time spent 1 min 05 s',
    );
    const toggle = within(heading).getByRole('button');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = must(
      document.getElementById(toggle.getAttribute('aria-controls') ?? ''),
      'panel',
    );
    expect(panel).toHaveTextContent('Stem of q-a?');
    expect(panel).toHaveTextContent('Your answer: C');
    expect(panel).toHaveTextContent('Correct answer: B');
    const options = within(panel).getAllByRole('listitem');
    expect(options.map((o) => o.querySelector('.results-option__text')?.textContent)).toEqual([
      'q-a option 2',
      'q-a option 0',
      'q-a option 1',
    ]);
    expect(options[1]).toHaveTextContent(/Correct answer/);
    expect(options[2]).toHaveTextContent(/Your answer, wrong/);
    for (const i of [0, 1, 2]) expect(panel).toHaveTextContent(`Why q-a option ${String(i)}.`);
    expect(panel).toHaveTextContent('Takeaway of q-a.');
    expect(within(panel).getByRole('link', { name: /gettingstarted-limits/ })).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    );
    expect(
      within(panel).getByRole('link', {
        name: 'Read the section that teaches it: Timeout (Limits)',
      }),
    ).toHaveAttribute('href', '/read/limits#timeout');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Stem of q-a?')).not.toBeInTheDocument();

    // Open all opens every question still in the course (four of six), and Close all shuts them.
    await user.click(screen.getByRole('button', { name: 'Open all' }));
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Close all' }));
    expect(screen.queryAllByRole('button', { expanded: true })).toHaveLength(0);
  });

  it('retakes the same questions or only the missed, then goes to the new attempt', async () => {
    const user = userEvent.setup();
    setResult({});
    const retake = vi.fn().mockResolvedValue('second');
    usePracticeStore.setState({ retake });
    const router = renderResults();
    expect(screen.getByRole('link', { name: 'All practice exams' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/practice',
    );
    expect(screen.getByRole('link', { name: 'Back to DVA-C02' })).toHaveAttribute(
      'href',
      '/exams/dva-c02',
    );
    await user.click(screen.getByRole('button', { name: 'Retake only the 3 missed' }));
    expect(retake).toHaveBeenCalledWith('missed', expect.any(Number));
    expect(router.state.location.pathname).toBe('/exams/dva-c02/practice/second');

    await router.navigate('/exams/dva-c02/practice/first');
    await user.click(await screen.findByRole('button', { name: 'Retake the same questions' }));
    expect(retake).toHaveBeenLastCalledWith('all', expect.any(Number));
  });

  it('says so when the retake cannot start', async () => {
    const user = userEvent.setup();
    setResult({});
    usePracticeStore.setState({ retake: vi.fn().mockResolvedValue(null) });
    const router = renderResults();
    await user.click(screen.getByRole('button', { name: 'Retake the same questions' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The retake could not be started');
    expect(router.state.location.pathname).toBe('/exams/dva-c02/practice/first');
  });
});
