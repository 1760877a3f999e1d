import { useEffect, useRef, useState } from 'react';
import type { Flashcard } from '../../schema/content';
import type { Grade } from '../../schema/study';
import { GradeButtons, type ItemViewProps } from './GradeButtons';
import { ReadSectionLink, useOnScreen, type PlaceContext } from './ReadSection';
import { useShortcuts } from '../../ui/useShortcuts';

interface Props extends ItemViewProps {
  card: Flashcard;
  place: PlaceContext;
  /** The back was shown before the learner left to read: show it again. */
  restored?: boolean;
}

const GRADES: Grade[] = ['again', 'hard', 'good', 'easy'];

/**
 * Front, then the back on Space/Enter/tap (with a link to the section that teaches it), then a
 * grade (keys 1–4).
 */
export function FlashcardView(props: Props) {
  const { card, preview, now, shortcuts, onGrade, place, restored = false } = props;
  const [revealed, setRevealed] = useState(restored);
  useOnScreen(place, card.id, revealed ? { revealed: true } : null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    (revealed ? goodRef : revealRef).current?.focus();
  }, [revealed]);

  useShortcuts(shortcuts, (key) => {
    if (!revealed && (key === ' ' || key === 'Enter')) {
      setRevealed(true);
      return true;
    }
    if (revealed && ['1', '2', '3', '4'].includes(key)) {
      onGrade(GRADES[Number(key) - 1] as Grade);
      return true;
    }
    return false;
  });

  return (
    <article
      className="study-card"
      aria-label="Flashcard"
      data-item-id={card.id}
      data-chapter={card.chapter ?? undefined}
    >
      <p className="study-card__kind">Flashcard</p>
      <div
        className="study-card__front prose"
        dangerouslySetInnerHTML={{ __html: card.frontHtml }}
      />
      {revealed ? (
        <>
          <div
            className="study-card__back prose"
            dangerouslySetInnerHTML={{ __html: card.backHtml }}
          />
          {card.section && (
            <p className="result__read">
              <ReadSectionLink taught={card} place={place} onScreenId={card.id} />
            </p>
          )}
          <GradeButtons
            ref={goodRef}
            grades={GRADES}
            preview={preview}
            now={now}
            onGrade={onGrade}
            shortcuts={shortcuts}
          />
        </>
      ) : (
        <button
          ref={revealRef}
          type="button"
          className="button reveal"
          onClick={() => setRevealed(true)}
        >
          Show answer {shortcuts && <kbd>Space</kbd>}
        </button>
      )}
    </article>
  );
}
