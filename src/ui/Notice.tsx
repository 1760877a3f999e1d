/**
 * A message box in the page: an error (announced at once), a success or a warning. The classes
 * are in ui/styles.css.
 */
import type { ReactNode } from 'react';

export type NoticeKind = 'error' | 'ok' | 'warn';

export function Notice({
  kind,
  children,
  as: Tag = 'div',
}: {
  kind: NoticeKind;
  children: ReactNode;
  /** `p` for a single sentence; `div` when the notice holds a paragraph and a button. */
  as?: 'div' | 'p';
}) {
  return (
    <Tag className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </Tag>
  );
}
