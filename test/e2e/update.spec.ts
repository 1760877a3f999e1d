/**
 * Updates, with two real builds served one after the other from the same origin:
 * - the new build installs in the background and the app shows "A new version is ready —
 *   Reload" without reloading under the learner in the middle of a review;
 * - Reload saves the reviews, switches to the new build, and the old build's files are gone
 *   from the cache (new content reaches returning learners; outdated caches are cleaned);
 * - a second tab, mid-review, is not reloaded when the first one accepts the update.
 */
import { execFileSync } from 'node:child_process';
import { preview, type PreviewServer } from 'vite';
import { expect, reviewLog, reviewOne, screenshots, serviceWorkerReady, test } from './helpers';

const PORT = 4175;
const ORIGIN = `http://127.0.0.1:${PORT}`;

async function serve(outDir: string): Promise<PreviewServer> {
  return preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
}

async function stop(server: PreviewServer): Promise<void> {
  await new Promise<void>((resolve) => {
    server.httpServer.close(() => resolve());
    // Keep-alive connections would hold the port open for the next build's server.
    const http = server.httpServer as { closeAllConnections?: () => void };
    http.closeAllConnections?.();
  });
}

test('a new build: prompt, no reload mid-review, Reload switches and cleans the old cache', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const next = test.info().outputPath('dist-next');
  execFileSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, APP_BUILD_ID: 'e2e-next' },
    stdio: 'inherit',
  });

  let server = await serve('dist');
  try {
    await page.goto(`${ORIGIN}/exams/dva-c02/review`);
    await serviceWorkerReady(page);
    await page.reload();
    const oldEntry = await page.locator('script[type="module"]').getAttribute('src');
    await reviewOne(page);
    await reviewOne(page);
    await expect(page.locator('.session-progress__counts')).toContainText('2 done');
    // Mid-review: the next item is on screen. Mark the page to notice any reload.
    const shown = await page.locator('[data-item-id]').getAttribute('data-item-id');
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    const other = await context.newPage();
    await other.goto(`${ORIGIN}/exams/clf-c02/review`);
    await expect(other.getByRole('button', { name: /Show answer|Check answer/ })).toBeVisible();
    await other.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });

    await stop(server);
    server = await serve(next);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await page.waitForTimeout(1000);
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);
    await expect(page.locator('[data-item-id]')).toHaveAttribute('data-item-id', shown ?? '');
    await screenshots(page, 'update-prompt');

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere);
    // The other tab was not reloaded under its learner; it offers the update instead.
    await expect(
      other.getByRole('status').filter({ hasText: 'A new version is ready.' }),
    ).toBeVisible();
    expect(
      await other.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);
    await page.goto(`${ORIGIN}/data`);
    await expect(page.getByText('App version: build e2e-next')).toBeVisible();
    expect(await reviewLog(page)).toHaveLength(2);

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(10);
    expect(cached.some((url) => oldEntry !== null && url.includes(oldEntry))).toBe(false);
  } finally {
    await stop(server);
  }
});
