import { useEffect } from 'react';

/** Sets the document title for a screen: "Chapter title · Lambda Exam Prep". */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Lambda Exam Prep` : 'Lambda Exam Prep';
  }, [title]);
}
