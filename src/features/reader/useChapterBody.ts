import { useEffect, useState } from 'react';
import type { ChapterBody } from '../../schema/content';
import { loadChapter, loadedChapter } from '../../stores/catalog';

export type BodyLoad =
  { state: 'loading' } | { state: 'ready'; body: ChapterBody } | { state: 'failed'; error: string };

/** A chapter's body, fetched on demand; `retry` fetches it again after a failure. */
export function useChapterBody(chapterId: string) {
  // Already fetched (before hydrating prerendered HTML, or by a preload): shown at once.
  const [load, setLoad] = useState<BodyLoad>(() => {
    const body = loadedChapter(chapterId);
    return body ? { state: 'ready', body } : { state: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  const ready = load.state === 'ready';

  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    loadChapter(chapterId).then(
      (body) => !cancelled && setLoad({ state: 'ready', body }),
      (e: unknown) =>
        !cancelled &&
        setLoad({ state: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [chapterId, attempt, ready]);

  const retry = () => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  };
  return { load, retry };
}
