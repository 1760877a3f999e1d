/** Sentences and classes the data page's sections share. */
import { formatDay, plural } from '../../ui/format';
import type { ImportMode, ImportResult, ProgressSummary } from '../../stores/dataActions';

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

/**
 * What is saved here, e.g. "12 items studied, 40 reviews logged between …, 2 practice exams and
 * 1 exam date." or "1 exam date, no reviews yet." — everything a backup keeps.
 */
export function summaryText(summary: ProgressSummary): string {
  const others = examExtras(summary).join(' and ');
  if (summary.items === 0 && summary.reviews === 0)
    return others === '' ? 'No progress yet.' : `${others}, no reviews yet.`;
  const span =
    summary.firstReviewAt !== null && summary.lastReviewAt !== null
      ? dateSpan(summary.firstReviewAt, summary.lastReviewAt, 'between')
      : '';
  const studied = `${plural(summary.items, 'item')} studied, ${plural(summary.reviews, 'review')} logged${span}`;
  return others === '' ? `${studied}.` : `${studied}; ${others}.`;
}

/** "2 practice exams", "1 exam date": what the summary holds besides reviews, if any. */
export function examExtras(summary: ProgressSummary): string[] {
  return [
    summary.practiceExams > 0 ? plural(summary.practiceExams, 'practice exam') : null,
    summary.examDates > 0 ? plural(summary.examDates, 'exam date') : null,
  ].filter((x): x is string => x !== null);
}
