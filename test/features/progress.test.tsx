/**
 * The progress screen's sections: each chart has its text or table equivalent, and each has an
 * empty state that says what to do. The whole page on a fresh database (the figures computed in
 * this thread: jsdom has no Worker), and sections given figures by hand.
 */
import { screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { MemoryRouter } from 'react-router-dom';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Mastery } from '../../src/domain/progressStats';
import { ActivitySection } from '../../src/features/progress/ActivitySection';
import { CalibrationSection } from '../../src/features/progress/CalibrationSection';
import { ForecastSection } from '../../src/features/progress/ForecastSection';
import { MasterySection } from '../../src/features/progress/MasterySection';
import { RetentionSection } from '../../src/features/progress/RetentionSection';
import { DB_NAME } from '../../src/storage/db';
import { closeStudyDatabase } from '../../src/storage/instance';
import { resetExamDatesStore } from '../../src/stores/examDates';
import type {
  LogFigures,
  PracticeFigures,
  StatesFigures,
} from '../../src/stores/progress/progressMessages';
import { renderApp } from './renderApp';

afterEach(async () => {
  resetExamDatesStore();
  closeStudyDatabase();
  await Dexie.delete(DB_NAME);
});

const noCounts = { new: 0, learning: 0, review: 0, mature: 0, total: 0 };
const tally = (recall: number | null, items: number, studied: number) => ({
  recall,
  items,
  studied,
});
const mastery: Mastery = {
  at: Date.UTC(2026, 10, 30),
  domains: [{ number: 1, name: 'Development', weight: 60, ...tally(0.5, 4, 2) }],
  tasks: [
    { id: 'DVA-C02:1.2', number: '1.2', title: 'Develop code', domain: 1, ...tally(0.25, 2, 1) },
    { id: 'DVA-C02:4.3', number: '4.3', title: 'Optimize', domain: 4, ...tally(0.75, 2, 1) },
    { id: 'DVA-C02:1.3', number: '1.3', title: 'Data stores', domain: 1, ...tally(null, 0, 0) },
  ],
};
const states = (over: Partial<StatesFigures> = {}): StatesFigures => ({
  part: 'states',
  dayStartHour: 4,
  retention: 0.9,
  newPerDay: 20,
  forecast: [
    { day: '2026-11-30', count: 3 },
    { day: '2026-12-01', count: 0 },
    { day: '2026-12-02', count: 5 },
  ],
  byState: { card: noCounts, question: noCounts },
  masteryNow: mastery,
  masteryAtExam: null,
  ...over,
});

const inRouter = (node: React.ReactNode) => render(<MemoryRouter>{node}</MemoryRouter>);

describe('progress sections', () => {
  it('forecast: a summary, the chart named by it, and a table of every day', () => {
    inRouter(<ForecastSection states={states()} />);
    expect(
      screen.getByText(
        '8 reviews due in the next 30 days; today 3 (overdue included); busiest Wed 2 Dec with 5.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('img', { name: /^Bar chart of reviews due per day\. 8 reviews/ }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'DayDue',
      'Today (Mon 30 Nov)3',
      'Tue 1 Dec0',
      'Wed 2 Dec5',
    ]);
  });

  it('forecast: nothing due says so, with no chart', () => {
    inRouter(<ForecastSection states={states({ forecast: [{ day: '2026-11-30', count: 0 }] })} />);
    expect(screen.getByText(/^Nothing is due in the next 30 days/)).toBeVisible();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('a section waits for its figures', () => {
    inRouter(<ForecastSection states={null} />);
    const section = screen.getByRole('region', { name: 'Forecast: the next 30 days' });
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(within(section).getByText('Working it out…')).toBeVisible();
  });

  it('activity: streak, totals and a table of the days with reviews, newest first', () => {
    const log: LogFigures = {
      part: 'log',
      activity: {
        days: [
          { day: '2026-11-28', count: 4, timeMs: 120_000 },
          { day: '2026-11-29', count: 0, timeMs: 0 },
          { day: '2026-11-30', count: 6, timeMs: 3_900_000 },
        ],
        currentStreak: 1,
        longestStreak: 3,
      },
      retention: { weeks: [], overall: { right: 0, total: 0, rate: null } },
    };
    inRouter(<ActivitySection log={log} />);
    expect(screen.getByText(/day current streak/)).toHaveTextContent('1 day current streak');
    const summary = '10 reviews on 2 days since Sat 28 Nov, 1 h 07 min in all. Today: 6 reviews.';
    expect(screen.getByText(summary)).toBeVisible();
    expect(screen.getByRole('img', { name: `Calendar of reviews per day. ${summary}` }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.slice(1).map((r) => r.textContent)).toEqual([
      'Mon 30 Nov61 h 05 min',
      'Sat 28 Nov42 min',
    ]);
  });

  it('true retention: the desired retention beside it; with no learned reviews, what to expect', () => {
    const log: LogFigures = {
      part: 'log',
      activity: { days: [], currentStreak: 0, longestStreak: 0 },
      retention: {
        weeks: [{ from: '2026-11-24', to: '2026-11-30', right: 9, total: 10, rate: 0.9 }],
        overall: { right: 9, total: 10, rate: 0.9 },
      },
    };
    const { unmount } = inRouter(<RetentionSection log={log} states={states()} />);
    expect(screen.getByText('Over the last 12 weeks: 90% of 10 reviews right; desired 90%.'));
    expect(
      within(screen.getByRole('table')).getByRole('row', { name: /24 Nov/ }),
    ).toHaveTextContent('24 Nov – 30 Nov91090%');
    unmount();
    const empty = { ...log, retention: { weeks: [], overall: { right: 0, total: 0, rate: null } } };
    inRouter(<RetentionSection log={empty} states={states()} />);
    expect(screen.getByText(/^No reviews of learned items in the last 12 weeks yet/)).toBeVisible();
  });

  it('mastery: weakest first, a date column when the exam is ahead, and the focused review link', () => {
    const atExam = {
      ...mastery,
      at: Date.UTC(2027, 0, 15),
      domains: mastery.domains.map((d) => ({ ...d, recall: 0.4 })),
    };
    inRouter(<MasterySection states={states({ masteryAtExam: atExam })} examSlug="dva-c02" />);
    const tasks = screen.getByRole('table', { name: 'Mastery by task statement, weakest first' });
    expect(
      within(tasks)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      '1.2 Develop code1 of 225%25%',
      '4.3 Optimize1 of 275%75%',
      '1.3 Data storesno items––',
    ]);
    const domains = screen.getByRole('table', { name: 'Mastery by domain' });
    expect(within(domains).getByRole('columnheader', { name: 'On 15 Jan 2027' })).toBeVisible();
    expect(within(domains).getByRole('row', { name: /Development/ })).toHaveTextContent('50%40%');
    expect(
      screen.getByRole('link', { name: 'Review the 2 weakest task statements' }),
    ).toHaveAttribute('href', '/exams/dva-c02/review?tasks=DVA-C02:1.2,DVA-C02:4.3');
  });

  it('calibration: before any practice exam, what will appear; after, the table and the Brier score', () => {
    const empty = {
      part: 'practice',
      calibration: {
        pairs: [],
        overall: { mae: null, pairs: 0 },
        byDomain: { mae: null, pairs: 0 },
        brier: null,
        baseRateBrier: null,
        answers: 0,
      },
      predictedAttempts: [],
      submittedAttempts: 0,
    } as unknown as PracticeFigures;
    const { unmount } = inRouter(<CalibrationSection practice={empty} />);
    expect(screen.getByText(/^Nothing to compare yet: take a practice exam/)).toBeVisible();
    unmount();
    const one = {
      ...empty,
      calibration: {
        pairs: [
          { attemptId: 'a1', domain: null, predicted: 0.6, actual: 0.5, answers: 10 },
          { attemptId: 'a1', domain: 1, predicted: 0.7, actual: 0.5, answers: 4 },
        ],
        overall: { mae: 0.1, pairs: 1 },
        byDomain: { mae: 0.2, pairs: 1 },
        brier: 0.245,
        baseRateBrier: 0.25,
        answers: 10,
      },
      predictedAttempts: [{ id: 'a1', at: Date.UTC(2026, 10, 20, 12) }],
    } as PracticeFigures;
    inRouter(<CalibrationSection practice={one} />);
    expect(screen.getByText('Brier score').parentElement).toHaveTextContent('0.245 Brier score');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.slice(1).map((r) => r.textContent)).toEqual([
      '#1, 20 Nov 2026Overall60%50%10',
      '#1, 20 Nov 2026Domain 170%50%4',
    ]);
    expect(
      screen.getByRole('img', {
        name: /^Predicted against actual for 1 attempts: 60% predicted, 50% scored/,
      }),
    );
  });
});

describe('progress page', () => {
  it('a new learner: empty states that say what to do, readiness "not enough data", no plan without a date', async () => {
    renderApp('/exams/dva-c02/progress');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'DVA-C02 progress' }),
    ).toBeVisible();
    expect(await screen.findByText('No reviews yet in the last six months.')).toBeVisible();
    expect(await screen.findByText(/^Nothing is due in the next 30 days/)).toBeVisible();
    expect(
      await screen.findByText(/^Not enough data yet: study \d+ more new items? or answer/),
    ).toBeVisible();
    expect(screen.getByText('Lambda part only.')).toBeVisible();
    const states = screen.getByRole('table', { name: 'Items by state' });
    expect(within(states).getByRole('row', { name: /New/ })).toHaveTextContent('New12');
    const plan = screen.getByRole('region', { name: 'Exam-date plan' });
    expect(within(plan).getByText(/^Set the date of your exam/)).toBeVisible();
    expect(await screen.findByText('All figures are ready.')).toBeInTheDocument();
    expect(document.title).toBe('DVA-C02 progress · Lambda Exam Prep');
  });
});
