import type MiniSearch from 'minisearch';
import { useEffect, useState } from 'react';
import type { SearchDoc } from '../../schema/search';
import { loadSearchIndex } from '../../stores/search';

export type LoadedIndex = MiniSearch<SearchDoc> | 'failed' | null;

/** The search index (null while it loads), and a retry for when loading it failed. */
export function useSearchIndex(): [LoadedIndex, () => void] {
  const [index, setIndex] = useState<LoadedIndex>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadSearchIndex().then(
      (i) => live && setIndex(i),
      () => live && setIndex('failed'),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return [
    index,
    () => {
      setIndex(null);
      setAttempt((n) => n + 1);
    },
  ];
}

/** The line under the field, read out politely: loading, a hint, or how many results. */
export function statusText(
  index: LoadedIndex,
  query: string,
  shown: number,
  total: number,
): string {
  if (index === null) return 'Loading the search index…';
  if (index === 'failed') return 'Search could not be loaded.';
  const q = query.trim();
  if (q === '') return 'Type a word: a service, a limit, a feature.';
  if (total === 0) return `Nothing found for “${q}”.`;
  if (shown < total) return `The best ${shown} of ${total} results.`;
  return `${total} result${total === 1 ? '' : 's'}.`;
}
