import { useEffect, useState } from 'react';
import type { ContentItemKeys } from '../../schema/content';
import { itemKeys } from '../../stores/catalog';
import { useStudyStore } from '../../stores/studyStore';

/**
 * What the Today panel and the exam block read: starts loading the study store (at `now`) and
 * the items' keys (ids, exams, tasks, chapter, facts: not the texts, which the exam page never
 * shows), and returns the keys once they are here (null until then). Both parts call it; the
 * store loads once and the keys' chunk is fetched once.
 */
export function useStudyContent(now: number): ContentItemKeys | null {
  const [content, setContent] = useState<ContentItemKeys | null>(null);
  const load = useStudyStore((s) => s.load);
  useEffect(() => {
    let live = true;
    void load(now);
    void itemKeys().then((keys) => {
      if (live) setContent(keys);
    });
    return () => {
      live = false;
    };
  }, [load, now]);
  return content;
}
