/**
 * The search dialog on the fixture content, by keyboard: `/` and Ctrl+K open it (not `/` typed in
 * a field), typing lists results with a typo allowed, ↓ and ↑ move the active option, Enter opens
 * it at its exact place, the close button returns focus, and keys typed in the dialog do not reach
 * the page's shortcuts. (jsdom has no modal dialog: showModal and close are stood in for below;
 * Escape and the real focus trap are covered in Chromium by test/e2e/search.spec.ts.)
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
  Element.prototype.scrollIntoView = () => undefined;
});

const input = () => screen.getByRole('combobox', { name: /Search chapters/ });

async function openWithSlash() {
  await userEvent.keyboard('/');
  await waitFor(() => expect(input()).toBeInTheDocument());
  // The index loads when the dialog first opens.
  await waitFor(() =>
    expect(within(screen.getByRole('dialog')).getByRole('status')).toHaveTextContent(/Type a word/),
  );
}

describe('search dialog', () => {
  it('opens with /, finds through a typo and opens the active section with Enter', async () => {
    const { router } = renderApp('/');
    await openWithSlash();
    expect(screen.getByRole('dialog', { name: 'Search' })).toBeInTheDocument();
    await userEvent.type(input(), 'timeot');
    await waitFor(() =>
      expect(within(screen.getByRole('dialog')).getByRole('status')).toHaveTextContent(
        /\d+ results?\./,
      ),
    );
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Chapter section');
    expect(options[0]).toHaveTextContent('Timeout');
    expect(input()).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    // The match is marked with React nodes, not HTML.
    expect(within(options[0] as HTMLElement).getAllByText(/^Timeout$/i)[0]?.tagName).toBe('MARK');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/read/limits'));
    expect(router.state.location.hash).toBe('#timeout');
  });

  it('moves through the results with ↓ and ↑, wrapping round', async () => {
    const { router } = renderApp('/');
    await openWithSlash();
    await userEvent.type(input(), 'function');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    const options = screen.getAllByRole('option');
    await userEvent.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    const last = options[options.length - 1];
    expect(input()).toHaveAttribute('aria-activedescendant', last?.id);
    expect(last).toHaveAttribute('aria-selected', 'true');
    const href = last?.textContent.includes('Chapter section') ? /^\/read\// : /^\/item\//;
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toMatch(href));
  });

  it('opens with Ctrl+K, and closing gives focus back', async () => {
    renderApp('/');
    const button = screen.getByRole('button', { name: 'Search' });
    button.focus();
    await userEvent.keyboard('{Control>}k{/Control}');
    await waitFor(() => expect(input()).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('does not open on / typed in a field, and keeps typed keys from the page', async () => {
    renderApp('/');
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    await userEvent.keyboard('/');
    expect(field).toHaveValue('/');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    field.remove();

    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    await openWithSlash();
    pageKeys.mockClear();
    await userEvent.type(input(), '12');
    expect(pageKeys).not.toHaveBeenCalled();
    window.removeEventListener('keydown', pageKeys);
    act(() => undefined);
  });
});
