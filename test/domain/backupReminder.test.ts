/** When the app reminds a learner to save a backup. */
import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../src/domain/backupReminder';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23, 12);

describe('backup reminder', () => {
  it('stays quiet without progress, or with a little and no backup yet', () => {
    expect(backupReminder(now, null, 0)).toBeNull();
    expect(backupReminder(now, null, 19)).toBeNull();
  });
  it('asks for a first backup once there is progress worth keeping', () => {
    expect(backupReminder(now, null, 20)).toBe('never');
  });
  it('asks again when the last backup is a week old', () => {
    expect(backupReminder(now, now - 6 * DAY, 500)).toBeNull();
    expect(backupReminder(now, now - 7 * DAY, 500)).toBe('old');
  });
});
