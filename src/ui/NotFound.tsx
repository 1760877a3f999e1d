import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle';

/**
 * "No such exam": the page for a link that leads nowhere. A screen that renders it sets the same
 * title itself ("No such exam"), since the screen's own title effect runs after this one's.
 */
export function NotFound({ what = 'page' }: { what?: string }) {
  usePageTitle(`No such ${what}`);
  return (
    <div className="page narrow empty-state">
      <h1>No such {what}</h1>
      <p>The link may be old, or the {what} may have been renamed.</p>
      <p>
        <Link className="button" to="/">
          Choose an exam
        </Link>
      </p>
    </div>
  );
}
