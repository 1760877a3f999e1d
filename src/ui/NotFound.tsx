import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle';

export function NotFound({ what = 'page' }: { what?: string }) {
  usePageTitle('Not found');
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
