import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExamStore } from '../../src/stores/examStore';
import { renderApp } from './renderApp';

beforeEach(() => {
  useExamStore.setState({ examId: null });
});

describe('home', () => {
  it('shows each exam with its format and what the app holds for it', () => {
    renderApp('/');
    const card = screen.getByRole('article');
    expect(
      within(card).getByRole('heading', { name: 'AWS Certified Developer – Associate' }),
    ).toBeVisible();
    expect(card).toHaveTextContent('The exam: 65 questions in 130 min, pass mark 720/1000.');
    const counts = within(card).getByRole('list', { name: 'In this app for DVA-C02' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 chapter', '1 flashcard', '2 questions']);
  });

  it('remembers the chosen exam across visits', async () => {
    const { router } = renderApp('/');
    await userEvent.click(screen.getByRole('link', { name: /Study DVA-C02/ }));
    // The exam page is a lazy chunk: the navigation completes once it has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/exams/dva-c02'));
    expect(localStorage.getItem('exam-prep:exam')).toBe('DVA-C02');
    await userEvent.click(await screen.findByRole('link', { name: 'Exams' }));
    expect(screen.getByText('Your exam')).toBeVisible();
    expect(screen.getByRole('link', { name: /Continue DVA-C02/ })).toBeVisible();
  });
});

describe('library', () => {
  it('lists the exam’s chapters with level and read time', async () => {
    renderApp('/exams/dva-c02');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'DVA-C02 AWS Certified Developer – Associate',
    );
    const link = screen.getByRole('link', { name: 'Limits' });
    expect(link).toHaveAttribute('href', '/read/limits');
    expect(screen.getByText('1 min read')).toBeVisible();
    expect(screen.getByText('Intermediate')).toBeVisible();
  });

  it('says so when the exam does not exist', async () => {
    renderApp('/exams/xyz-c01');
    expect(await screen.findByRole('heading', { name: 'No such exam' })).toBeVisible();
  });
});

describe('reader', () => {
  it('loads the chapter body with fact values, sections and sources', async () => {
    renderApp('/read/limits');
    expect(await screen.findByRole('heading', { level: 1, name: 'Limits' })).toBeVisible();
    const sidebar = await screen.findByRole('navigation', { name: 'On this page' });
    expect(
      within(sidebar)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#timeout', '#memory']);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Timeout' })).toBeVisible(),
    );
    expect(screen.getAllByText('900 seconds (15 minutes)').length).toBeGreaterThan(0);
    const figures = screen.getByRole('region', { name: 'Figures in this chapter' });
    expect(within(figures).getByRole('link', { name: 'Maximum function timeout' })).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    );
    expect(figures).toHaveTextContent('(was 300 seconds until 2018-10)');
  });

  it('shows a clear page for an unknown chapter', async () => {
    renderApp('/read/no-such-chapter');
    expect(await screen.findByRole('heading', { name: 'No such chapter' })).toBeVisible();
  });
});
