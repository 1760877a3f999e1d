/**
 * The place a learner left a review at to read the section that teaches an item, kept in
 * sessionStorage (this tab only, gone when it closes; never learner progress):
 *   exam-prep:review-place   JSON of the review's path, the item on screen and its answer
 * Reads and writes never throw: with storage blocked the review simply starts afresh.
 */
const PLACE_KEY = 'exam-prep:review-place';

export function readReviewPlace(): unknown {
  try {
    const text = sessionStorage.getItem(PLACE_KEY);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

export function writeReviewPlace(place: unknown): void {
  try {
    if (place === null) sessionStorage.removeItem(PLACE_KEY);
    else sessionStorage.setItem(PLACE_KEY, JSON.stringify(place));
  } catch {
    // Storage blocked or full: coming back starts the review afresh.
  }
}
