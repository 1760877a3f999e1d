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
