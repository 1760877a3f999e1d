import { useEffect, useState } from 'react';
import type { ChapterBody } from '../../schema/content';
import { loadChapter } from '../../stores/catalog';

export type BodyLoad =
  { state: 'loading' } | { state: 'ready'; body: ChapterBody } | { state: 'failed'; error: string };

/** A chapter's body, fetched on demand; `retry` fetches it again after a failure. */
export function useChapterBody(chapterId: string) {
  const [load, setLoad] = useState<BodyLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
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
  }, [chapterId, attempt]);

  const retry = () => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  };
  return { load, retry };
}
