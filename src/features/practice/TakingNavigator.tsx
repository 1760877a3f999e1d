/**
 * The question navigator: one numbered button per question showing answered, part answered,
 * unanswered and flagged by a mark and by its name (never by colour alone), the current one
 * marked; each jumps to its question. On narrow screens it folds away behind "Questions".
 */
import { useState } from 'react';
import { sheetCounts, type SheetRow, type SheetStatus } from './useTakingSheet';

const STATUS_TEXT: Record<SheetStatus, string> = {
  answered: 'answered',
  partial: 'part answered',
  unanswered: 'unanswered',
  removed: 'removed from the content',
};
const STATUS_MARK: Record<SheetStatus, string> = {
  answered: '✓',
  partial: '◐',
  unanswered: '',
  removed: '–',
};

/** "Question 3, answered, flagged": what a navigator button says to a screen reader. */
export function rowLabel(row: SheetRow): string {
  return `Question ${String(row.index + 1)}, ${STATUS_TEXT[row.status]}${row.flagged ? ', flagged' : ''}`;
}

export function TakingNavigator(props: {
  rows: readonly SheetRow[];
  /** The question on screen; null during the submit step. */
  current: number | null;
  onGo: (index: number) => void;
  onReview: () => void;
}) {
  const { rows, current, onGo, onReview } = props;
  const [open, setOpen] = useState(false);
  const counts = sheetCounts(rows);
  const summary = `${String(counts.answered)} of ${String(counts.total)} answered${
    counts.flagged > 0 ? `, ${String(counts.flagged)} flagged` : ''
  }`;

  return (
    <nav className="taking-nav" aria-labelledby="taking-nav-title">
      <h2 id="taking-nav-title" className="taking-nav__title">
        Questions
      </h2>
      <button
        type="button"
        className="taking-nav__toggle"
        aria-expanded={open}
        aria-controls="taking-nav-panel"
        onClick={() => setOpen((o) => !o)}
      >
        <span>Questions</span> <span className="taking-nav__summary">{summary}</span>
        <span className="taking-nav__chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div
        id="taking-nav-panel"
        className={`taking-nav__panel${open ? ' taking-nav__panel--open' : ''}`}
      >
        <ol className="taking-nav__grid">
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className={`taking-nav__item taking-nav__item--${row.status}${
                  row.flagged ? ' taking-nav__item--flagged' : ''
                }`}
                aria-label={rowLabel(row)}
                aria-current={row.index === current ? 'step' : undefined}
                onClick={() => onGo(row.index)}
              >
                <span className="taking-nav__number">{row.index + 1}</span>
                <span className="taking-nav__marks" aria-hidden="true">
                  {STATUS_MARK[row.status]}
                  {row.flagged && '⚑'}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <p className="taking-nav__legend small muted">
          <span aria-hidden="true">✓</span> answered · <span aria-hidden="true">◐</span> part
          answered · <span aria-hidden="true">⚑</span> flagged
        </p>
        {current !== null && (
          <button
            type="button"
            className="button button--quiet taking-nav__review"
            onClick={onReview}
          >
            Review and submit
          </button>
        )}
      </div>
    </nav>
  );
}
