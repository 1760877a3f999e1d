import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A heading that takes focus when it appears: when the last item is graded its buttons unmount,
 * and focus must land on the summary, not on <body>.
 */
export function FocusedHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null)
      ref.current?.focus();
  }, []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
