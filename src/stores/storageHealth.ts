/**
 * Whether progress can be kept, for the banners every screen shows. The study store (which owns
 * the database) reports here; this module stays tiny so the home route does not load IndexedDB.
 */
import { create } from 'zustand';

export type StorageHealth =
  /** Not opened yet, or working. */
  | { kind: 'ok' }
  /** IndexedDB is missing or refused (private mode, blocked by settings): study in memory. */
  | { kind: 'unavailable' }
  /** A newer version of the app changed the database in another tab: this tab must reload. */
  | { kind: 'outdated' }
  /** The browser (or the learner, in its settings) deleted the site's data while the app ran. */
  | { kind: 'cleared' };

export const useStorageHealth = create<{ health: StorageHealth }>(() => ({
  health: { kind: 'ok' },
}));

export function reportStorageHealth(health: StorageHealth): void {
  useStorageHealth.setState({ health });
}
