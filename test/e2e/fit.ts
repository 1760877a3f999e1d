/**
 * Checks the e2e specs share: reflow (what sticks out to the right of the viewport at a width and
 * a root font size: WCAG 1.4.10 and 1.4.4) and axe (WCAG 2.2 AA + best-practice, light and dark).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What sticks out to the right of the viewport, outside any scrolling or clipping box. */
export async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const clipped = (from: Element | null): boolean => {
      for (let el = from; el && el !== document.body; el = el.parentElement)
        if (getComputedStyle(el).overflowX !== 'visible') return true;
      return false;
    };
    const name = (el: Element | null) =>
      !el ? '' : `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > viewport + 0.5 && !clipped(el.parentElement))
        out.push(`${name(el)} ends at ${String(Math.round(box.right))}`);
    }
    // A long word can overflow a box that itself fits.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.right > viewport + 0.5 && !clipped(node.parentElement))
        out.push(
          `text "${(node.textContent ?? '').trim().slice(0, 30)}" in ${name(node.parentElement)} ends at ${String(Math.round(box.right))}`,
        );
    }
    if (document.documentElement.scrollWidth > viewport)
      out.push(`page is ${String(document.documentElement.scrollWidth)} px wide`);
    return out.slice(0, 12);
  });
}

export type Fit = readonly [width: number, text: '100%' | '200%'];
export const PHONE_320: Fit = [320, '100%'];
export const PHONE_LARGE_TEXT: Fit = [390, '200%'];

/** Asserts nothing scrolls sideways at each width and text size, then restores the page. */
export async function fits(page: Page, what: string, ...sizes: Fit[]): Promise<void> {
  const original = page.viewportSize();
  for (const [width, text] of sizes) {
    await page.setViewportSize({ width, height: 844 });
    await page.evaluate((size) => (document.documentElement.style.fontSize = size), text);
    expect.soft(await overflow(page), `${what} at ${String(width)} px, text ${text}`).toEqual([]);
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  if (original) await page.setViewportSize(original);
}

/** Nothing scrolls sideways at 320 px, nor at 390 px with the text doubled. */
export async function fitsNarrow(page: Page, what: string): Promise<void> {
  await fits(page, what, PHONE_320, PHONE_LARGE_TEXT);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe in light and dark; a soft expectation, so one run lists every page that fails. */
export async function axe(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect
      .soft(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        `${what} (${colorScheme})`,
      )
      .toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}
