import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while React renders on the server (prerendering) and while it hydrates that HTML; true
 * in every render after. Parts that depend on this device (local storage, IndexedDB) render a
 * placeholder of the same size until then, so hydration matches the prerendered HTML exactly.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
