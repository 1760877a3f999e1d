import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';

/** Last-resort screen for errors while loading or rendering a route: never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="page narrow empty-state" id="main">
      <h1>Something went wrong</h1>
      <p>
        {offline
          ? 'You seem to be offline and this part of the app has not been downloaded yet.'
          : 'This screen failed to load. Reloading usually fixes it.'}
      </p>
      <p className="muted">Details: {message}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <Link className="button button--quiet" to="/">
          Home
        </Link>
      </p>
    </main>
  );
}
