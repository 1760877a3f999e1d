/**
 * The search index, loaded once, the first time search opens: MiniSearch and the index compiled
 * at build time (`virtual:content/search`) are lazy chunks, so the home route does not carry
 * them. Both are precached by the service worker, so search works offline.
 */
import type MiniSearch from 'minisearch';
import type { SearchDoc } from '../schema/search';
import { loadSearchPack } from '../schema/searchPack';

let loading: Promise<MiniSearch<SearchDoc>> | null = null;

export function loadSearchIndex(): Promise<MiniSearch<SearchDoc>> {
  loading ??= Promise.all([import('minisearch'), import('virtual:content/search')]).then(
    ([lib, data]) => loadSearchPack(lib.default, data.default),
    (e: unknown) => {
      // A failed fetch (offline before the chunk was cached) may work next time.
      loading = null;
      throw e;
    },
  );
  return loading;
}
