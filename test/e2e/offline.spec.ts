/**
 * Offline and installable, against the production build with its real service worker:
 * - after one visit the app works with no network: reload, deep links, reviews;
 * - reviews made offline are all there once the network is back;
 * - once installed, every request the page makes is answered by the service worker;
 * - Chrome reports no installability errors for the manifest and worker.
 */
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { counts, expect, reviewLog, reviewOne, serviceWorkerReady, test } from './helpers';

test('after one visit: offline reload, deep links and reviews; every review kept', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await serviceWorkerReady(page);

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));

  await page.reload();
  await expect(page.getByRole('link', { name: /DVA-C02/ }).first()).toBeVisible();
  // Deep links straight into a chapter and into the review, typed as if from a bookmark.
  await page.goto('/read/dva-invocation-models');
  await expect(page.locator('.prose h2').first()).toBeVisible();
  await page.goto('/exams/dva-c02/review');
  await expect(page.getByRole('heading', { level: 1, name: 'DVA-C02 review' })).toBeVisible();
  for (let i = 0; i < 4; i++) await reviewOne(page);
  await expect(page.locator('.session-progress__counts')).toContainText('4 done');
  const offlineCounts = await counts(page);
  expect(failed).toEqual([]);

  await context.setOffline(false);
  await page.reload();
  await expect(page.locator('.session-progress__counts')).toContainText('0 done');
  expect(await counts(page)).toEqual(offlineCounts);
  const log = await reviewLog(page);
  expect(log).toHaveLength(4);
  expect(new Set(log.map((row) => row.itemId)).size).toBe(4);
});

test('once installed, the service worker answers every request the page makes', async ({
  page,
  context,
}) => {
  await page.goto('/exams/saa-c03');
  await serviceWorkerReady(page);
  await page.reload();
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  // Requests the worker itself sends to the network (anything it did not have cached).
  context.on('request', (request) => {
    if (request.serviceWorker()) fromNetwork.push(`worker: ${request.url()}`);
  });
  await page.goto('/exams/saa-c03');
  await page.getByRole('region', { name: 'Chapters' }).getByRole('link').first().click();
  await expect(page.locator('.prose h2').first()).toBeVisible();
  await page.goto('/exams/saa-c03/review');
  await reviewOne(page);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Study settings' })).toBeVisible();
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  expect(fromNetwork).toEqual([]);
});

test('Chrome finds the app installable (no installability errors)', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'lambda-prep-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL ?? ''}/`);
    await serviceWorkerReady(page);
    await page.reload();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toMatch(/manifest\.webmanifest$/);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
