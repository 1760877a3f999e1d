/**
 * Sentences about the learner's stored data that several screens show, written once so they
 * say the same thing everywhere.
 */

/** This tab's copy of the app is older than the data another tab just upgraded. */
export const OUTDATED_DATA =
  'A newer version of the app opened in another tab and updated your saved data. Your reviews so far are saved; reload this tab to continue with the new version.';

/** Whether the browser keeps the app's data when space runs low (`persisted` from storage). */
export function persistenceSentence(persisted: boolean | null): string {
  if (persisted === null) return 'This browser does not say whether it keeps the app’s data.';
  return persisted
    ? 'Stored persistently: the browser won’t clear it to free space.'
    : 'Not stored persistently: the browser may clear it when the device runs low on space.';
}
