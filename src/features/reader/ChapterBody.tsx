import { useCallback, useEffect, type MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Notice } from '../../ui/Notice';
import { preloadChapter } from '../../routePreload';

/**
 * The chapter's text. Links to other chapters and to sections navigate within the app instead
 * of reloading it, and a deep link to a section scrolls there once the text is on the page.
 */
export function ChapterBody({ html }: { html: string }) {
  const navigate = useNavigate();
  const { hash } = useLocation();

  // Deep links to a section: scroll there once the body is on the page (also after a reload).
  useEffect(() => {
    const id = fragmentId(hash);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [hash]);

  const onClick = useCallback(
    (e: MouseEvent<HTMLDivElement>) => {
      const link = (e.target as HTMLElement).closest('a');
      if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const href = link.getAttribute('href') ?? '';
      if (link.dataset.chapter) {
        e.preventDefault();
        void navigate(href);
      } else if (href.startsWith('#')) {
        e.preventDefault();
        void navigate({ hash: href }, { replace: false });
      }
    },
    [navigate],
  );

  return (
    // The HTML was produced and sanitised at build time by the content compiler.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions, jsx-a11y/click-events-have-key-events
    <div
      className="prose"
      onClick={onClick}
      onMouseOver={preloadLinkedChapter}
      onFocus={preloadLinkedChapter}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** Hovering or focusing a link to another chapter starts fetching it (see routePreload). */
function preloadLinkedChapter(e: { target: EventTarget }) {
  const link = (e.target as HTMLElement).closest('a');
  const id = link?.dataset.chapter;
  if (id) preloadChapter(id);
}

/**
 * The element id a `#fragment` names; null when there is none, or when it is not valid
 * percent-encoding (`#%E0%A4%A` once threw "URI malformed" and replaced the page with the route
 * error): a fragment is only ever a hint where to scroll.
 */
function fragmentId(hash: string): string | null {
  try {
    return decodeURIComponent(hash.slice(1)) || null;
  } catch {
    return null;
  }
}

/** The chapter's text could not be fetched (often: offline before it was ever opened). */
export function ChapterLoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <Notice kind="error">
      <p>
        This chapter could not be loaded
        {typeof navigator !== 'undefined' && !navigator.onLine ? ' while offline' : ''}.
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </Notice>
  );
}
