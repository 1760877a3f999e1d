import { formatDay } from '../../ui/format';

/**
 * When to remind a learner to back up: the last backup is a week old, or there has never been
 * one and there is enough progress (20 items) that losing it would hurt.
 */
export const BACKUP_REMINDER_DAYS = 7;
const ITEMS_WORTH_A_BACKUP = 20;
const DAY = 86_400_000;

export function backupReminder(
  now: number,
  lastBackupAt: number | null,
  studiedItems: number,
): 'never' | 'old' | null {
  if (studiedItems === 0) return null;
  if (lastBackupAt === null) return studiedItems >= ITEMS_WORTH_A_BACKUP ? 'never' : null;
  return now - lastBackupAt >= BACKUP_REMINDER_DAYS * DAY ? 'old' : null;
}

/** "today", "yesterday", "12 days ago", "on 3 Oct 2026". */
export function formatAgo(now: number, at: number): string {
  const days = Math.floor((now - at) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return `on ${formatDay(at)}`;
}
