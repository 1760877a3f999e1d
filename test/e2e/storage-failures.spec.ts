/**
 * When IndexedDB can't be used (private mode, blocked site data) the app says so on every screen
 * and still works for the session, in memory.
 */
import { expect, reviewOne, screenshots, test } from './helpers';

test('IndexedDB unavailable: a clear banner, and study still works in memory', async ({ page }) => {
  // As in a browser that refuses site storage: opening any database fails.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/exams/saa-c03');
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'Progress can’t be saved in this browser' });
  await expect(banner).toBeVisible();
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today).toContainText('20 new');
  await today.getByRole('link', { name: 'Start review' }).click();
  await expect(banner).toBeVisible();
  for (let i = 0; i < 3; i++) await reviewOne(page);
  await expect(page.locator('.session-progress__counts')).toContainText('3 done');
  await expect(page.locator('.session-progress__counts')).toContainText('17 new');
  await screenshots(page, 'storage-unavailable');

  await page.goto('/data');
  await expect(
    page.getByRole('alert').filter({ hasText: 'nothing saved to back up' }),
  ).toBeVisible();
});
