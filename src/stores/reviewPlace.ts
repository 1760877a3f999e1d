/**
 * Where a review was left to read a section ("Read …" after a wrong answer), so "Back to your
 * review" returns to the same item in the same state: the question answered and not yet graded,
 * and the note about the item just graded Again. The place only holds while that item is
 * ungraded: its memory state's fingerprint must match when the review opens again.
 */
// Before zod: no JIT in the browser, whose CSP forbids eval (see schema/jitless.ts).
import '../schema/jitless';
import { z } from 'zod';
import type { MemoryState } from '../schema/study';
import { readReviewPlace, writeReviewPlace } from '../storage/reviewPlace';

const reviewPlace = z.object({
  /** The review's route, with its chapter focus: `/exams/dva-c02/review?chapter=…`. */
  path: z.string(),
  itemId: z.string(),
  /** `placeFingerprint` of the item's memory state when the review was left. */
  fingerprint: z.string(),
  /**
   * How far the item on screen was taken: a question's options chosen and checked, or a
   * flashcard's back shown; null: the item shown afresh.
   */
  answer: z
    .union([
      z.object({ selected: z.array(z.number().int().nonnegative()) }),
      z.object({ revealed: z.literal(true) }),
    ])
    .nullable(),
  /** The item graded Again just before, whose "Read …" note was on screen. */
  missedId: z.string().nullable(),
});
export type ReviewPlace = z.infer<typeof reviewPlace>;
export type PlaceAnswer = ReviewPlace['answer'];

/** Changes whenever the item is graded (or its grade undone). */
export function placeFingerprint(state: MemoryState | undefined): string {
  return state ? `${String(state.reps)}:${String(state.lastReview)}` : 'new';
}

export function saveReviewPlace(place: ReviewPlace): void {
  writeReviewPlace(place);
}

/** The place saved for the review at `path`, if any and well-formed. */
export function reviewPlaceFor(path: string): ReviewPlace | null {
  const parsed = reviewPlace.safeParse(readReviewPlace());
  return parsed.success && parsed.data.path === path ? parsed.data : null;
}

/** Once the review has taken its place back (or moved on), a later visit starts afresh. */
export function forgetReviewPlace(): void {
  writeReviewPlace(null);
}

/**
 * The route back to a review, read from a reader link's `?review=`: only a review route of this
 * app (never another site, whatever a crafted link says).
 */
export function reviewReturnPath(value: string | null): string | null {
  if (!value) return null;
  return /^\/exams\/[a-z0-9-]+\/review(\?(chapter=[a-z0-9-]+(&tasks=[A-Za-z0-9:.,-]+)?|tasks=[A-Za-z0-9:.,-]+))?$/.test(
    value,
  )
    ? value
    : null;
}

/** The reader link for a section, carrying the way back to the review. */
export function readSectionHref(chapter: string, section: string, reviewPath: string): string {
  return `/read/${chapter}?${new URLSearchParams({ review: reviewPath }).toString()}#${section}`;
}
