import { Link } from 'react-router-dom';

/** Breadcrumbs, the page heading, Undo and a way to the settings. */
export function ReviewHeader(props: {
  examId: string;
  canUndo: boolean;
  shortcuts: boolean;
  onUndo: () => void;
}) {
  const { examId, canUndo, shortcuts, onUndo } = props;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Exams</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/exams/${examId.toLowerCase()}`}>{examId}</Link>{' '}
        <span aria-hidden="true">›</span> <span>Review</span>
      </nav>
      <header className="review-header">
        <h1 tabIndex={-1}>{examId} review</h1>
        <div className="review-header__tools">
          <button
            type="button"
            className="button button--quiet"
            onClick={onUndo}
            disabled={!canUndo}
            aria-keyshortcuts={shortcuts ? 'Z' : undefined}
          >
            Undo {shortcuts && <kbd>Z</kbd>}
          </button>
          <Link className="button button--quiet" to="/settings">
            Settings
          </Link>
        </div>
      </header>
    </>
  );
}
