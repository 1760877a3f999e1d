/** Shared steps of the end-to-end tests, and the `test` every spec uses. */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** What the init script below adds to every page's window. */
declare const window: Window & { reportCspViolation?: (text: string) => Promise<void> };

/**
 * Playwright's `test`, failing any test in which a page broke the Content-Security-Policy: a
 * `securitypolicyviolation` event in any page of the test's browser context is collected and
 * the test fails at its end, listing each (directive, what was blocked, where).
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    const violations: string[] = [];
    await context.exposeBinding('reportCspViolation', (_source, text: string) => {
      violations.push(text);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const where = `${e.sourceFile || e.documentURI}:${String(e.lineNumber)}`;
        void window.reportCspViolation?.(
          `${e.effectiveDirective} blocked ${e.blockedURI} (${where})`,
        );
      });
    });
    await use(context);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export interface Counts {
  learning: number;
  review: number;
  fresh: number;
}

export async function counts(page: Page): Promise<Counts> {
  // The queue is rebuilt just after the next item paints: read counts once it has caught up.
  await expect(page.locator('.session-progress')).toHaveAttribute('data-settled', 'true');
  const text = (await page.locator('.session-progress__counts').textContent()) ?? '';
  const n = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
  return { learning: n(/(\d+) learning/), review: n(/(\d+) to review/), fresh: n(/(\d+) new/) };
}

/** Answers whatever is shown; returns its kind. Questions are answered with their first options. */
export async function reviewOne(page: Page, grade: '1' | '3' = '3'): Promise<'card' | 'question'> {
  const reveal = page.getByRole('button', { name: /Show answer/ });
  const check = page.getByRole('button', { name: 'Check answer' });
  await expect(reveal.or(check)).toBeVisible();
  if (await reveal.isVisible()) {
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
    await page.keyboard.press(grade);
    return 'card';
  }
  const badgeLocator = page.locator('.study-card__kind .badge');
  const badge = (await badgeLocator.count()) > 0 ? await badgeLocator.textContent() : '';
  const toSelect = badge?.includes('THREE') ? 3 : badge?.includes('TWO') ? 2 : 1;
  const options = page.locator('.option input');
  for (let i = 0; i < toSelect; i++) await options.nth(i).check();
  await check.click();
  const grades = page.getByRole('group', { name: 'How well did you know it?' });
  await expect(grades).toBeVisible();
  // Focus is on the verdict; Enter records the suggested grade (Good when right, Again when wrong).
  await page.keyboard.press('Enter');
  return 'question';
}

/** Waits until the service worker has installed (the app and all content are precached). */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated')
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        }),
      );
  });
}

/** Every review-log row in the page's IndexedDB (read directly, not through the app). */
export async function reviewLog(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('lambda-exam-prep');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('reviewLog').objectStore('reviewLog').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Record<string, unknown>[]);
          };
          req.onerror = () => reject(new Error(String(req.error)));
        };
      }),
  );
}

/** The learner's review log without ids (a merge into an empty database assigns new ones). */
export function withoutIds(rows: Record<string, unknown>[]): unknown[] {
  return rows
    .map(({ id: _id, ...rest }) => rest)
    .sort((a, b) => Number(a.reviewedAt) - Number(b.reviewedAt));
}

/**
 * With SCREENSHOTS=1, saves the page at phone (390 px) and desktop (1280 px) width to
 * ./screenshots for review by eye; otherwise does nothing.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  const original = page.viewportSize();
  for (const [label, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `screenshots/${label}-${name}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/**
 * Waits until the app has started on the page (AppShell marks <html data-app="ready">). A
 * prerendered page shows its text before any script runs: keys and in-app links work only after.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}
