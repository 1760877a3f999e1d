import { forwardRef } from 'react';
import { intervalLabel } from '../../domain/scheduler';
import type { Grade, MemoryState } from '../../schema/study';

/** What the flashcard and question views receive from the session. */
export interface ItemViewProps {
  preview: Record<Grade, MemoryState>;
  now: number;
  shortcuts: boolean;
  onGrade: (grade: Grade) => void;
}

export const GRADE_LABELS: Record<Grade, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};
const KEYS: Record<Grade, string> = { again: '1', hard: '2', good: '3', easy: '4' };

interface Props {
  grades: readonly Grade[];
  preview: Record<Grade, MemoryState>;
  now: number;
  onGrade: (grade: Grade) => void;
  /** The grade pre-selected for a checked question. */
  suggested?: Grade;
  shortcuts: boolean;
}

/** "Good · 3d": one button per grade with the interval it leads to. */
export const GradeButtons = forwardRef<HTMLButtonElement, Props>(function GradeButtons(
  { grades, preview, now, onGrade, suggested, shortcuts },
  focusRef,
) {
  const primary = suggested ?? 'good';
  return (
    <div className="grade-buttons" role="group" aria-label="How well did you know it?">
      {grades.map((g) => (
        <button
          key={g}
          type="button"
          ref={g === primary ? focusRef : undefined}
          className={`grade grade--${g}${g === suggested ? ' grade--suggested' : ''}`}
          onClick={() => onGrade(g)}
          aria-keyshortcuts={shortcuts ? KEYS[g] : undefined}
        >
          <span className="grade__label">{GRADE_LABELS[g]}</span>
          <span className="grade__interval">{intervalLabel(now, preview[g].due)}</span>
          {shortcuts && <kbd className="grade__key">{KEYS[g]}</kbd>}
        </button>
      ))}
    </div>
  );
});
