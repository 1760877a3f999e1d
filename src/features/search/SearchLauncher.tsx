import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import './search.css';

const SearchDialog = lazy(() => import('./SearchDialog'));

/** True when a key press goes to a field the learner types in. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')
  );
}

/**
 * The header's Search button, and the keys that open search from every page: `/` (unless the
 * learner is typing in a field) and Ctrl+K or ⌘K. The dialog, MiniSearch and the index load
 * the first time it opens. Closing it without choosing a result puts focus back where it was.
 */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    returnTo.current = document.activeElement as HTMLElement | null;
    setOpen(true);
  }, []);

  const close = useCallback((chose: boolean) => {
    setOpen(false);
    if (!chose) returnTo.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      const ctrlK = k === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <button
        type="button"
        className="search-button"
        aria-keyshortcuts="/ Control+K Meta+K"
        aria-haspopup="dialog"
        onClick={show}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="search-button__icon">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
        <span className="search-button__label">Search</span>
        <kbd className="search-button__key" aria-hidden="true">
          /
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
