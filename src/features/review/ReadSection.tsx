/**
 * "Read …" after a wrong answer: opens the section that teaches the item, carrying the way back,
 * and first saves the review's place (the item on screen and its answer) so "Back to your
 * review" finds it as it was.
 */
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { SectionLink } from '../../schema/content';
import {
  placeFingerprint,
  readSectionHref,
  saveReviewPlace,
  type PlaceAnswer,
} from '../../stores/reviewPlace';
import { useStudyStore } from '../../stores/studyStore';

/** The item on screen and how far the learner took it; the item's view keeps it current. */
export interface OnScreen {
  id: string;
  answer: PlaceAnswer;
}

/**
 * What the review passes down: its route, the item graded Again just before, and the item on
 * screen as its view last reported it (a ref: read when a Read link is followed, never rendered).
 */
export interface PlaceContext {
  path: string;
  missedId: string | null;
  onScreenRef: { current: OnScreen | null };
}

export function ReadSectionLink(props: {
  /** The item whose section to read. */
  taught: { chapter: string | null; section: SectionLink | null };
  place: PlaceContext;
  /** The item on screen to come back to, when there is one; else `taught` itself, afresh. */
  onScreenId: string;
}) {
  const { taught, place, onScreenId } = props;
  if (!taught.chapter || !taught.section) return null;
  const save = () => {
    const state = useStudyStore.getState().states.get(onScreenId);
    const shown = place.onScreenRef.current;
    saveReviewPlace({
      path: place.path,
      itemId: onScreenId,
      fingerprint: placeFingerprint(state),
      answer: shown?.id === onScreenId ? shown.answer : null,
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

/** Keeps `place.onScreenRef` on this item and its answer while the item is on screen. */
export function useOnScreen(place: PlaceContext, id: string, answer: PlaceAnswer): void {
  const { onScreenRef } = place;
  const key = JSON.stringify(answer);
  useEffect(() => {
    onScreenRef.current = { id, answer: JSON.parse(key) as PlaceAnswer };
    return () => {
      if (onScreenRef.current?.id === id) onScreenRef.current = null;
    };
  }, [onScreenRef, id, key]);
}
