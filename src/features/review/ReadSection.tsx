/**
 * "Read …" after a wrong answer: opens the section that teaches the item, carrying the way back,
 * and first saves the review's place (the item on screen and its answer) so "Back to your
 * review" finds it as it was.
 */
import { Link } from 'react-router-dom';
import type { SectionLink } from '../../schema/content';
import {
  placeFingerprint,
  readSectionHref,
  saveReviewPlace,
  type ReviewPlace,
} from '../../stores/reviewPlace';
import { useStudyStore } from '../../stores/studyStore';

/** What the review passes down: its route, and the item graded Again just before. */
export interface PlaceContext {
  path: string;
  missedId: string | null;
}

export function ReadSectionLink(props: {
  /** The item whose section to read. */
  taught: { chapter: string | null; section: SectionLink | null };
  place: PlaceContext;
  /** The item on screen, and its answer to restore (null: shown afresh). */
  onScreen: { id: string; answer: ReviewPlace['answer'] };
}) {
  const { taught, place, onScreen } = props;
  if (!taught.chapter || !taught.section) return null;
  const save = () => {
    const state = useStudyStore.getState().states.get(onScreen.id);
    saveReviewPlace({
      path: place.path,
      itemId: onScreen.id,
      fingerprint: placeFingerprint(state),
      answer: onScreen.answer,
      missedId: place.missedId,
    });
  };
  return (
    <Link
      className="read-section"
      to={readSectionHref(taught.chapter, taught.section.id, place.path)}
      onClick={save}
    >
      Read “{taught.section.title}”
    </Link>
  );
}
