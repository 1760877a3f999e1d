import { useEffect } from 'react';
import type { SearchKind } from '../../schema/search';
import { highlight, resultSnippet, type Segment, type SearchHit } from '../../domain/search';

const KIND_LABEL: Record<SearchKind, string> = {
  section: 'Chapter section',
  card: 'Flashcard',
  question: 'Question',
  fact: 'Fact',
};

/** Text with the matched words in `<mark>`: React nodes, never HTML. */
function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text));
}

/** The results listbox; the combobox input keeps focus and points at the active option. */
export function SearchResults({
  id,
  results,
  active,
  optionId,
  onHover,
  onChoose,
}: {
  id: string;
  results: SearchHit[];
  active: number;
  optionId: (i: number) => string;
  onHover: (i: number) => void;
  onChoose: (i: number) => void;
}) {
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);

  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Results"
      className="search-results"
      hidden={results.length === 0}
    >
      {results.map((hit, i) => (
        // The input handles the keys (aria-activedescendant); a click or tap chooses too.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events
        <li
          key={hit.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          className="search-result"
          onClick={() => onChoose(i)}
          onMouseMove={() => i !== active && onHover(i)}
        >
          <span className="search-result__meta small">
            <span className={`search-result__kind search-result__kind--${hit.kind}`}>
              {KIND_LABEL[hit.kind]}
            </span>
            {hit.exams.map((e) => (
              <span key={e} className="badge">
                {e}
              </span>
            ))}
            {hit.context && hit.kind !== 'fact' && (
              <span className="search-result__context">{hit.context}</span>
            )}
          </span>
          <span className="search-result__title">
            <Marked segments={highlight(hit.title, hit.terms)} />
          </span>
          <span className="search-result__snippet small">
            <Marked segments={resultSnippet(hit)} />
          </span>
        </li>
      ))}
    </ul>
  );
}
