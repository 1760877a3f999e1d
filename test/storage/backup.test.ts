import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '../domain/testScheduler';
import { BACKUP_FORMAT, parseBackup, type Backup } from '../../src/schema/backup';
import {
  DEFAULT_SETTINGS,
  type Grade,
  type ItemKind,
  type ReviewLogEntry,
} from '../../src/schema/study';
import { SYNC_KEY } from '../../src/storage/sync';
import type { StudyDatabase } from '../../src/storage/db';
import {
  backupFileName,
  exportBackup,
  importBackup,
  resetProgress,
  serializeBackup,
} from '../../src/storage/backup';
import {
  BACKUP_KEY,
  loadProgress,
  recordBackupMade,
  recordGrade,
  saveSettings,
} from '../../src/storage/progress';
import { useTempDatabases } from './tempDatabases';

const now = Date.UTC(2026, 10, 23, 10);
const minute = 60_000;
const scheduler = testScheduler();
const fresh = useTempDatabases('backup-test');

/**
 * Grades `itemId` at each of `times` in turn (every grade starts from the previous state), the
 * way the study screen does.
 */
async function study(
  db: StudyDatabase,
  itemId: string,
  times: readonly number[],
  grade: Grade = 'good',
  kind: ItemKind = 'card',
): Promise<void> {
  let before: ReviewLogEntry['before'] = (await db.memory.get(itemId)) ?? null;
  for (const at of times) {
    const after = scheduler.grade(before, at, grade);
    await recordGrade(db, { itemId, kind, reviewedAt: at, grade, before, after, durationMs: 3000 });
    before = after;
  }
}

/** Everything in the database, for before/after comparisons. */
/** Settings-table rows that are the learner's (not the tab-sync marker every write updates). */
async function learnerSettings(db: StudyDatabase) {
  return (await db.settings.toArray()).filter((row) => row.key !== SYNC_KEY);
}

async function snapshot(db: StudyDatabase) {
  return {
    memory: await db.memory.toArray(),
    reviewLog: await db.reviewLog.toArray(),
    settings: await learnerSettings(db),
  };
}

/** A database with some progress, non-default settings and one extra settings-table row. */
async function populated(): Promise<StudyDatabase> {
  const db = fresh();
  await study(db, 'card-a', [now, now + minute, now + 11 * minute]);
  await study(db, 'question-b', [now + 2 * minute], 'easy', 'question');
  await study(db, 'card-c', [now + 3 * minute], 'again');
  await saveSettings(db, { ...DEFAULT_SETTINGS, retention: 0.85, newPerDay: 7 });
  await db.settings.put({ key: 'onboarding', value: { seen: true, step: 3 } });
  return db;
}

/** export → file text → parse, as a learner's backup travels. */
async function throughFile(db: StudyDatabase, at = now + 86_400_000): Promise<Backup> {
  const parsed = parseBackup(serializeBackup(await exportBackup(db, at)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

function errorOf(text: string): string {
  const parsed = parseBackup(text);
  if (parsed.ok) throw new Error('expected the backup to be rejected');
  return parsed.error;
}

describe('export and import (replace)', () => {
  it('round-trips memory, log (with ids and beforePhase) and settings through the file', async () => {
    const source = await populated();
    const text = serializeBackup(await exportBackup(source, now + 86_400_000));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('beforePhase');

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.summary).toEqual({
      itemsWithProgress: 3,
      reviewLogEntries: 5,
      earliestReview: now,
      latestReview: now + 11 * minute,
      exportedAt: now + 86_400_000,
      includesSettings: true,
      examAttempts: 0,
      examDates: 0,
    });
    expect(parsed.backup.extras).toEqual({ onboarding: { seen: true, step: 3 } });
    expect(parsed.backup.settings).toMatchObject({ retention: 0.85, newPerDay: 7 });

    const target = fresh();
    const result = await importBackup(target, parsed.backup, 'replace');
    expect(result).toEqual({ memoryWritten: 3, logAdded: 5, logSkipped: 0 });
    expect(await snapshot(target)).toStrictEqual(await snapshot(source));
    // beforePhase (not in the file) was recomputed, so today's counts by its index still work.
    const newItems = target.reviewLog
      .where('[beforePhase+reviewedAt]')
      .between(['new', 0], ['new', Infinity]);
    expect(await newItems.count()).toBe(3);
  });

  it('continues log ids after the imported ones', async () => {
    const target = fresh();
    await importBackup(target, await throughFile(await populated()), 'replace');
    const maxId = Math.max(...(await target.reviewLog.toCollection().primaryKeys()));
    await study(target, 'card-new', [now + 86_400_000]);
    const ids = await target.reviewLog.toCollection().primaryKeys();
    expect(ids).toHaveLength(6);
    expect(Math.max(...ids)).toBeGreaterThan(maxId);
  });

  it('replace discards current progress and extras, keeping current settings if the backup has none', async () => {
    const source = fresh();
    await study(source, 'card-from-backup', [now]);
    const backup = await throughFile(source);
    expect(backup.settings).toBeNull();

    const target = await populated();
    await importBackup(target, backup, 'replace');
    expect((await target.memory.toArray()).map((m) => m.itemId)).toEqual(['card-from-backup']);
    expect((await target.reviewLog.toArray()).map((r) => r.itemId)).toEqual(['card-from-backup']);
    const settings = await learnerSettings(target);
    expect(settings.map((s) => s.key)).toEqual(['study']);
    expect(settings[0]?.value).toMatchObject({ retention: 0.85, newPerDay: 7 });
  });

  // Regression: after "Replace my progress" the data page said no backup had ever been saved.
  it('replace keeps the record of the last backup saved on this device', async () => {
    const target = await populated();
    const backup = await throughFile(target, now + 86_400_000); // holds no backup record yet
    await recordBackupMade(target, now + 86_400_000);
    await importBackup(target, backup, 'replace');
    expect((await loadProgress(target, now + 2 * 86_400_000)).lastBackupAt).toBe(now + 86_400_000);

    // A file that carries a later record (saved elsewhere since) brings that one.
    const later = { ...backup, extras: { [BACKUP_KEY]: { exportedAt: now + 3 * 86_400_000 } } };
    await importBackup(target, later, 'replace');
    expect((await loadProgress(target, now + 4 * 86_400_000)).lastBackupAt).toBe(
      now + 3 * 86_400_000,
    );
  });

  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2026, 10, 23, 0, 5).getTime())).toBe(
      'lambda-exam-prep-backup-2026-11-23.json',
    );
    expect(backupFileName(new Date(2027, 0, 2, 23, 59).getTime())).toBe(
      'lambda-exam-prep-backup-2027-01-02.json',
    );
  });
});

describe('import (merge)', () => {
  it('de-duplicates reviews, keeps the newer state per item and never collides ids', async () => {
    // Two devices that share the first review of card-a, then diverge.
    const laptop = fresh();
    await study(laptop, 'card-a', [now, now + minute]); // shared first review, then one more
    await study(laptop, 'card-b', [now + 2 * minute]); // only on the laptop
    await study(laptop, 'card-d', [now, now + 30 * minute]); // laptop reviewed it later
    await laptop.settings.put({ key: 'onboarding', value: 'laptop' });
    await laptop.settings.put({ key: 'theme', value: 'dark' });
    await saveSettings(laptop, { ...DEFAULT_SETTINGS, newPerDay: 99 });
    const backup = await throughFile(laptop);

    const phone = fresh();
    await study(phone, 'card-a', [now]); // the shared review
    await study(phone, 'card-a', [now + 20 * minute], 'again'); // phone reviewed it later
    await study(phone, 'card-d', [now]); // same first review as the laptop's
    await phone.settings.put({ key: 'onboarding', value: 'phone' });
    await saveSettings(phone, { ...DEFAULT_SETTINGS, newPerDay: 3 });
    const phoneBefore = await snapshot(phone);
    const phoneCardA = await phone.memory.get('card-a');
    const laptopCardD = await laptop.memory.get('card-d');

    const result = await importBackup(phone, backup, 'merge');
    // Laptop log: a@0 (dup), a@1, b@2, d@0 (dup), d@30.
    expect(result).toEqual({ memoryWritten: 2, logAdded: 3, logSkipped: 2 });

    const log = await phone.reviewLog.toArray();
    expect(log).toHaveLength(6);
    expect(new Set(log.map((r) => r.id)).size).toBe(6);
    // The phone's own rows are untouched, ids included.
    expect(log.slice(0, 3)).toEqual(phoneBefore.reviewLog);
    expect(log.slice(3).map((r) => [r.itemId, r.reviewedAt, r.beforePhase])).toEqual([
      ['card-a', now + minute, 'learning'],
      ['card-b', now + 2 * minute, 'new'],
      ['card-d', now + 30 * minute, 'learning'],
    ]);

    expect(await phone.memory.get('card-a')).toEqual(phoneCardA); // phone's is newer
    expect(await phone.memory.get('card-d')).toEqual(laptopCardD); // laptop's is newer
    expect(await phone.memory.get('card-b')).toBeDefined();

    const settings = Object.fromEntries(
      (await phone.settings.toArray()).map((s) => [s.key, s.value]),
    );
    expect(settings.study).toMatchObject({ newPerDay: 3 });
    expect(settings.onboarding).toBe('phone');
    expect(settings.theme).toBe('dark');

    // Merging the same file again changes nothing.
    const afterFirst = await snapshot(phone);
    expect(await importBackup(phone, backup, 'merge')).toEqual({
      memoryWritten: 0,
      logAdded: 0,
      logSkipped: 5,
    });
    expect(await snapshot(phone)).toEqual(afterFirst);
  });

  it('keeps the current state on a tie, and a never-reviewed state never wins', async () => {
    const db = fresh();
    await study(db, 'tied', [now]);
    await study(db, 'reviewed', [now]);
    const ours = await snapshot(db);
    const backup = await throughFile(db);
    const rows = backup.memory.map((row) =>
      row.itemId === 'tied'
        ? { ...row, stability: row.stability + 5 } // same lastReview, different state
        : { ...row, stability: row.stability + 5, lastReview: null },
    );
    const result = await importBackup(db, { ...backup, memory: rows }, 'merge');
    expect(result.memoryWritten).toBe(0);
    expect(await db.memory.toArray()).toEqual(ours.memory);

    // …while a later one does win.
    const later = rows.map((row) => ({ ...row, lastReview: now + 1 }));
    expect((await importBackup(db, { ...backup, memory: later }, 'merge')).memoryWritten).toBe(2);
  });
});

describe('a failed import', () => {
  function quotaExceeded() {
    return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }

  it.each(['replace', 'merge'] as const)(
    '(%s) leaves the database exactly as it was',
    async (mode) => {
      const source = fresh();
      await study(source, 'x-1', [now + 86_400_000]);
      await study(source, 'x-2', [now + 86_400_000]);
      await study(source, 'x-3', [now + 86_400_000]);
      await source.settings.put({ key: 'from-backup', value: 1 });
      const backup = await throughFile(source);

      const db = await populated();
      const before = await snapshot(db);
      // The disk fills up as the second memory row is written: after the clear in replace mode,
      // after the first new state in merge mode.
      let writes = 0;
      db.memory.hook('creating', () => {
        if (++writes === 2) throw quotaExceeded();
      });
      await expect(importBackup(db, backup, mode)).rejects.toMatchObject({
        name: 'QuotaExceededError',
      });
      expect(writes).toBe(2);
      expect(await snapshot(db)).toEqual(before);
    },
  );

  it('(merge) rolls back memory writes when the log write fails', async () => {
    const source = fresh();
    await study(source, 'y-1', [now + 86_400_000]);
    const backup = await throughFile(source);
    const db = await populated();
    const before = await snapshot(db);
    db.reviewLog.hook('creating', () => {
      throw quotaExceeded();
    });
    await expect(importBackup(db, backup, 'merge')).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('resetProgress', () => {
  it('clears memory and the review log but keeps all settings rows', async () => {
    const db = await populated();
    const settingsBefore = await learnerSettings(db);
    await resetProgress(db);
    expect(await db.memory.count()).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);
    expect(await learnerSettings(db)).toEqual(settingsBefore);
    expect(settingsBefore).toHaveLength(2);
  });
});

describe('parseBackup', () => {
  async function validText(): Promise<string> {
    return serializeBackup(await exportBackup(await populated(), now));
  }
  /** A valid backup, edited by `change` (as a plain JSON object). */
  async function edited(change: (raw: Record<string, unknown> & Backup) => void): Promise<string> {
    const raw = JSON.parse(await validText()) as Record<string, unknown> & Backup;
    change(raw);
    return JSON.stringify(raw);
  }

  it('accepts a file this app wrote', async () => {
    const parsed = parseBackup(await validText());
    expect(parsed.ok).toBe(true);
  });

  it('says when the file is empty', () => {
    expect(errorOf('')).toMatch(/file is empty/);
    expect(errorOf('  \n')).toMatch(/file is empty/);
  });

  it('says a truncated file may be cut off', async () => {
    const text = await validText();
    const error = errorOf(text.slice(0, Math.floor(text.length / 2)));
    expect(error).toMatch(/not complete JSON/);
    expect(error).toMatch(/cut off.*incomplete download/);
  });

  it('recognises some other JSON file', () => {
    const pkg = JSON.stringify({ name: 'lambda-exam-prep', version: '0.1.0', private: true });
    expect(errorOf(pkg)).toMatch(/not a Lambda Exam Prep backup/);
    expect(errorOf('[1, 2, 3]')).toMatch(/not a Lambda Exam Prep backup/);
    expect(errorOf('"lambda-exam-prep-backup"')).toMatch(/not a Lambda Exam Prep backup/);
    expect(errorOf(JSON.stringify({ format: 'other-app-backup', version: 1 }))).toMatch(
      /not a Lambda Exam Prep backup/,
    );
  });

  it('asks to update the app for a newer version, and names old and unknown versions', async () => {
    const newer = errorOf(await edited((raw) => (raw.version = 4 as 3)));
    expect(newer).toMatch(/newer version of the app \(backup format 4;/);
    expect(newer).toMatch(/Update the app first/);
    expect(errorOf(JSON.stringify({ format: BACKUP_FORMAT, version: 0 }))).toMatch(
      /old format \(version 0\)/,
    );
    expect(errorOf(JSON.stringify({ format: BACKUP_FORMAT, version: '1' }))).toMatch(
      /unknown format version \("1"\)/,
    );
    expect(errorOf(JSON.stringify({ format: BACKUP_FORMAT }))).toMatch(
      /does not say which format version/,
    );
  });

  it('points at the bad field of a damaged file', async () => {
    const error = errorOf(
      await edited((raw) => {
        const row = raw.reviewLog[2];
        if (row) row.grade = 'meh' as Grade;
      }),
    );
    expect(error).toBe(
      'This backup is damaged or was edited by hand, so nothing was imported. It has a problem: ' +
        'reviewLog[2].grade is "meh", but should be one of again, hard, good, easy.',
    );
  });

  it('describes missing, mistyped and unexpected fields, listing at most three', async () => {
    const error = errorOf(
      await edited((raw) => {
        const [first, second] = raw.memory;
        if (!first || !second) throw new Error('fixture needs two memory rows');
        delete (first as Partial<typeof first>).due;
        (second as Record<string, unknown>).reps = 'two';
        raw.exportedAt = Number.NaN; // becomes null in JSON
        (raw as Record<string, unknown>).colour = 'red';
      }),
    );
    expect(error).toMatch(/It has 4 problems: /);
    expect(error).toContain('memory[0].due is missing');
    expect(error).toContain('memory[1].reps should be a number, not "two"');
    expect(error).toContain('exportedAt should be a number, not null');
    expect(error).not.toContain('colour');
    expect(error).toMatch(/; and 1 more\.$/);
  });

  it('rejects duplicate item ids and duplicate log ids', async () => {
    const dupItems = errorOf(
      await edited((raw) => {
        const [first] = raw.memory;
        if (first) raw.memory.push({ ...first });
      }),
    );
    expect(dupItems).toContain('memory[3].itemId: item "card-a" appears twice (also at memory[0])');

    const dupLog = errorOf(
      await edited((raw) => {
        const row = raw.reviewLog[4];
        if (row) row.id = 2;
      }),
    );
    expect(dupLog).toContain('reviewLog[4].id: log id 2 appears twice (also at reviewLog[1])');
  });

  it('rejects the study settings smuggled into extras, and invalid settings', async () => {
    expect(errorOf(await edited((raw) => (raw.extras = { study: { retention: 0.5 } })))).toContain(
      'extras.study: the study settings belong in "settings"',
    );
    expect(
      errorOf(
        await edited((raw) => {
          if (raw.settings) raw.settings.retention = 2;
        }),
      ),
    ).toContain('settings.retention is 2, but should be at most 0.97');
  });
});
