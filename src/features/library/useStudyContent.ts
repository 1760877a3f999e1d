import { useEffect, useState } from 'react';
import { loadItems } from 'virtual:content';
import type { ContentItems } from '../../schema/content';
import { useStudyStore } from '../../stores/studyStore';

/**
 * What the Today panel and the exam block read: starts loading the study store (at `now`) and
 * the study items, and returns the items once they are here (null until then). Both parts call
 * it; the store loads once and the items chunk is fetched once.
 */
export function useStudyContent(now: number): ContentItems | null {
  const [content, setContent] = useState<ContentItems | null>(null);
  const load = useStudyStore((s) => s.load);
  useEffect(() => {
    let live = true;
    void load(now);
    void loadItems().then((m) => {
      if (live) setContent(m.default);
    });
    return () => {
      live = false;
    };
  }, [load, now]);
  return content;
}
