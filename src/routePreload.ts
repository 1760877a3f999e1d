/**
 * Fetching ahead: a chapter's page needs the reader's code and the chapter's text, two chunks
 * that would otherwise load one after the other (route → reader → chapter). A link to a chapter
 * starts both on hover or focus, and the reader starts the next chapter's text when idle, so a
 * click waits for neither.
 */
import { loadChapter } from './stores/catalog';

let reader: Promise<typeof import('./features/reader/ReaderPage')> | null = null;

/** The reader's code (one import shared by the route and every preload). */
export function loadReader() {
  reader ??= import('./features/reader/ReaderPage');
  return reader;
}

/** Starts fetching the reader and a chapter's text together; failures are retried on the visit. */
export function preloadChapter(chapterId: string): void {
  loadReader().catch(() => {
    reader = null;
  });
  loadChapter(chapterId).catch(() => undefined);
}
