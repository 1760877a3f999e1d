/** Sentences and classes the data page's sections share. */
import { formatDay, plural } from '../../ui/format';
import type { ImportMode, ImportResult } from '../../stores/dataActions';

/** The result of an action, shown under it. */
export type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The class of a result message under an action. */
export const noticeClass = (message: NonNullable<Message>) =>
  message.kind === 'error' ? 'notice notice--error' : 'notice notice--ok';

/** " on 3 Nov 2026", or " between 3 Nov 2026 and 23 Nov 2026" / " from … to …". */
export function dateSpan(first: number, last: number, style: 'between' | 'from'): string {
  const [a, b] = [formatDay(first), formatDay(last)];
  if (a === b) return ` on ${a}`;
  return style === 'between' ? ` between ${a} and ${b}` : ` from ${a} to ${b}`;
}

/** What a finished restore did, e.g. "Added 5 reviews from backup.json (2 were already here)." */
export function restoredText(mode: ImportMode, result: ImportResult, fileName: string): string {
  if (mode === 'replace')
    return `Restored ${plural(result.logAdded, 'review')} of ${plural(result.memoryWritten, 'item')} from ${fileName}.`;
  const skipped =
    result.logSkipped > 0
      ? ` (${result.logSkipped.toLocaleString('en-US')} were already here)`
      : '';
  return `Added ${plural(result.logAdded, 'review')} from ${fileName}${skipped}.`;
}
