/**
 * The read-only item page (where a search result leads) names the section that teaches the item
 * and offers the review of that chapter for each of the item's exams, where it is scheduled.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

afterEach(cleanup);

describe('item page', () => {
  it('links the section that teaches the card and the review of its chapter', async () => {
    renderApp('/item/card-timeout');
    const section = await screen.findByRole(
      'link',
      { name: 'Limits › Timeout' },
      { timeout: 5000 },
    );
    expect(section).toHaveAttribute('href', '/read/limits#timeout');
    expect(screen.getByRole('link', { name: 'Practise this chapter for DVA-C02' })).toHaveAttribute(
      'href',
      '/exams/dva-c02/review?chapter=limits',
    );
  });
});
