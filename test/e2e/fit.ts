/**
 * Reflow checks shared by specs outside layout.spec.ts (the same measure as there): what sticks
 * out to the right of the viewport at a width and a root font size.
 */
import { expect, type Page } from '@playwright/test';

async function overflow(page: Page): Promise<string[]> {
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
    if (document.documentElement.scrollWidth > viewport)
      out.push(`page is ${String(document.documentElement.scrollWidth)} px wide`);
    return out.slice(0, 12);
  });
}

/** Nothing scrolls sideways at 320 px, nor at 390 px with the text doubled. */
export async function fitsNarrow(page: Page, what: string): Promise<void> {
  const original = page.viewportSize();
  for (const [width, text] of [
    [320, '100%'],
    [390, '200%'],
  ] as const) {
    await page.setViewportSize({ width, height: 844 });
    await page.evaluate((size) => (document.documentElement.style.fontSize = size), text);
    expect.soft(await overflow(page), `${what} at ${String(width)} px, text ${text}`).toEqual([]);
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  if (original) await page.setViewportSize(original);
}
