import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { searchIndex, type SearchHit } from '../../domain/search';
import { SearchResults } from './SearchResults';
import { statusText, useSearchIndex } from './useSearchIndex';

/**
 * The search dialog: a native modal `<dialog>` (the page behind is inert, Escape closes it) with
 * a combobox: typing lists results, ↑ and ↓ move through them, Enter opens the one shown as
 * active. `onClose(true)` after a result was chosen, `onClose(false)` otherwise.
 */
export default function SearchDialog({ onClose }: { onClose: (chose: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const [index, retry] = useSearchIndex();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const listId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // The dialog would focus its first control (Close); the field is where the learner types.
    field.current?.focus();
  }, []);

  const { hits: results, total } = useMemo(
    () => (index && index !== 'failed' ? searchIndex(index, deferred) : { hits: [], total: 0 }),
    [index, deferred],
  );
  const current = Math.min(active, results.length - 1);

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose(true);
    if (hit.href.startsWith('https://')) window.open(hit.href, '_blank', 'noopener');
    else void navigate(hit.href);
  };

  const onKeyDown = resultKeys(results.length, current, setActive, () => open(results[current]));

  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${listId}-title`}
      onClose={() => onClose(false)}
      onKeyDown={onKeyDown}
    >
      <DialogHead titleId={`${listId}-title`} onClose={() => onClose(false)} />
      <input
        ref={field}
        className="search-dialog__input"
        type="text"
        role="combobox"
        aria-label="Search chapters, cards, questions and facts"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      <p className="search-dialog__status small" role="status">
        {statusText(index, deferred, results.length, total)}
      </p>
      {index === 'failed' && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
      <SearchResults
        id={listId}
        results={results}
        active={current}
        optionId={optionId}
        onHover={setActive}
        onChoose={(i) => open(results[i])}
      />
    </dialog>
  );
}

/**
 * The dialog's keys: ↓ and ↑ move the active result (wrapping round), Enter in the field opens
 * it. Every key typed in the dialog stops there: the review and exam screens' shortcuts don't
 * see them.
 */
function resultKeys(
  count: number,
  current: number,
  setActive: (i: number) => void,
  openCurrent: () => void,
) {
  return (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (count > 0) setActive((current + (e.key === 'ArrowDown' ? 1 : -1) + count) % count);
    } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      openCurrent();
    }
  };
}

function DialogHead({ titleId, onClose }: { titleId: string; onClose: () => void }) {
  return (
    <div className="search-dialog__head">
      <h2 id={titleId} className="search-dialog__title">
        Search
      </h2>
      <button type="button" className="button button--quiet" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
