/**
 * The backup file: every piece of learner data (memory states, the review log, settings and any
 * other settings-table rows) as one versioned JSON document, and the checks a file must pass
 * before it may replace or merge into the learner's progress.
 *
 * `parseBackup` never throws: whatever the learner picks (an empty file, a half-finished download,
 * some other JSON file, a backup from a newer app), they get one sentence saying what is wrong
 * and what to do about it.
 */
import './jitless.ts';
import { z } from 'zod';
import { examAnswer, examAttempt } from './examAttempt';
import { examDateRow } from './examDate';
import { GRADES, REVIEW_SOURCES, memoryState, studySettings, type ItemKind } from './study';

/** The value of the `format` field: tells our backups apart from any other JSON file. */
export const BACKUP_FORMAT = 'lambda-exam-prep-backup';
/**
 * The file layout version. Bump it (and keep reading the old ones) when the layout changes.
 * 2: practice-exam attempts and answers, and the log's `source`; a version-1 file reads as one
 * with no attempts.
 * 3: exam dates, and attempts' `predicted` (the readiness snapshot); a version-1 or -2 file reads
 * as one with no exam dates.
 */
export const BACKUP_VERSION = 3;
const READABLE_VERSIONS = [1, 2, 3] as const;
/** The settings-table key of the study settings; every other key is carried in `extras`. */
export const STUDY_SETTINGS_KEY = 'study';

const ITEM_KINDS = ['card', 'question'] as const satisfies readonly ItemKind[];

const itemId = z.string().min(1);
const itemKind = z.enum(ITEM_KINDS);

/** One studied item: its memory state, keyed by content id (a `MemoryRecord`). */
export const backupMemoryRow = z.strictObject({
  itemId,
  kind: itemKind,
  ...memoryState.shape,
});

/** One grade (a `ReviewLogEntry` with its id). The stored `beforePhase` is derived, so not here. */
export const backupLogRow = z.strictObject({
  id: z.number().int().positive(),
  itemId,
  kind: itemKind,
  reviewedAt: z.number(), // zod 4 numbers are finite: NaN and ±Infinity are rejected
  grade: z.enum(GRADES),
  before: memoryState.nullable(),
  after: memoryState,
  durationMs: z.number().nonnegative(),
  source: z.enum(REVIEW_SOURCES).optional(),
});

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.union(READABLE_VERSIONS.map((v) => z.literal(v))),
    /** When the backup was made, epoch ms. */
    exportedAt: z.number(),
    /** Which app wrote the file; informational only. */
    app: z.string().optional(),
    /** The IndexedDB schema version the data was read from; informational only. */
    schemaVersion: z.number().int().positive(),
    memory: z.array(backupMemoryRow),
    reviewLog: z.array(backupLogRow),
    /** The study settings, or null if the learner never saved any (the defaults applied). */
    settings: studySettings.nullable(),
    /** Every other settings-table row, key → value, so later features stored there come along. */
    extras: z.record(z.string(), z.unknown()),
    /** Practice exams (version 2 on). */
    examAttempts: z.array(examAttempt).default([]),
    examAnswers: z.array(examAnswer).default([]),
    /** Exam dates (version 3 on). */
    examDates: z.array(examDateRow).default([]),
  })
  .superRefine((backup, ctx) => {
    // Keys that must be unique in the database: a file repeating one contradicts itself.
    const reportDuplicates = (
      table: 'memory' | 'reviewLog',
      field: 'itemId' | 'id',
      keys: readonly (string | number)[],
      noun: string,
    ) => {
      const firstAt = new Map<string | number, number>();
      keys.forEach((key, index) => {
        const first = firstAt.get(key);
        if (first === undefined) firstAt.set(key, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: [table, index, field],
            message: `${noun} ${JSON.stringify(key)} appears twice (also at ${table}[${first}])`,
          });
      });
    };
    reportDuplicates(
      'memory',
      'itemId',
      backup.memory.map((row) => row.itemId),
      'item',
    );
    reportDuplicates(
      'reviewLog',
      'id',
      backup.reviewLog.map((row) => row.id),
      'log id',
    );
    const attempts = new Set(backup.examAttempts.map((a) => a.id));
    if (attempts.size !== backup.examAttempts.length)
      ctx.addIssue({
        code: 'custom',
        path: ['examAttempts'],
        message: 'an attempt id appears twice',
      });
    backup.examAnswers.forEach((answer, index) => {
      if (!attempts.has(answer.attemptId))
        ctx.addIssue({
          code: 'custom',
          path: ['examAnswers', index, 'attemptId'],
          message: `answers an attempt (${JSON.stringify(answer.attemptId)}) the file does not hold`,
        });
    });
    const examIds = new Set(backup.examDates.map((d) => d.examId));
    if (examIds.size !== backup.examDates.length)
      ctx.addIssue({
        code: 'custom',
        path: ['examDates'],
        message: 'an exam has two dates',
      });
    if (Object.hasOwn(backup.extras, STUDY_SETTINGS_KEY))
      ctx.addIssue({
        code: 'custom',
        path: ['extras', STUDY_SETTINGS_KEY],
        message: 'the study settings belong in "settings", not in "extras"',
      });
  });

export type Backup = z.infer<typeof backupSchema>;
export type BackupMemoryRow = z.infer<typeof backupMemoryRow>;
export type BackupLogRow = z.infer<typeof backupLogRow>;

/** What a backup holds, for the "restore this backup?" confirmation. */
export interface BackupSummary {
  /** Items with a stored memory state. */
  itemsWithProgress: number;
  reviewLogEntries: number;
  /** The first and last `reviewedAt` in the log (epoch ms), or null if the log is empty. */
  earliestReview: number | null;
  latestReview: number | null;
  exportedAt: number;
  includesSettings: boolean;
  /** Practice exams taken (version 2 on). */
  examAttempts: number;
  /** Exams with a date set (version 3 on). */
  examDates: number;
}

export type ParsedBackup =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; error: string };

/** How many schema problems a message lists before "and N more". */
const MAX_PROBLEMS = 3;

/** Reads a backup file's text. Never throws; every failure is a sentence for the learner. */
export function parseBackup(text: string): ParsedBackup {
  const fail = (error: string): ParsedBackup => ({ ok: false, error });
  if (text.trim() === '')
    return fail('This file is empty. Choose the backup file this app saved (a .json file).');

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(
      'This file could not be read as a backup: its contents are not complete JSON. ' +
        'It may be cut off, for example by an incomplete download. ' +
        'Save or download the backup again and choose the new file.',
    );
  }

  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT)
    return fail(
      'This file is not a Lambda Exam Prep backup (it is some other JSON file). ' +
        `Choose the file this app saved, named like ${BACKUP_FORMAT}-2026-11-23.json.`,
    );

  const { version } = raw;
  if (!READABLE_VERSIONS.some((v) => v === version)) {
    if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION)
      return fail(
        `This backup was made by a newer version of the app (backup format ${version}; ` +
          `this version reads formats up to ${BACKUP_VERSION}). ` +
          'Update the app first (reload it while online), then import the file again.',
      );
    if (typeof version === 'number' && Number.isInteger(version) && version < 1)
      return fail(
        `This backup uses an old format (version ${version}) that this app can no longer read.`,
      );
    if (version === undefined)
      return fail(
        'This backup does not say which format version it uses, so it cannot be imported.',
      );
    return fail(
      `This backup has an unknown format version (${describe(version)}), so it cannot be ` +
        `imported. This app reads backup formats 1 to ${BACKUP_VERSION}.`,
    );
  }

  const result = backupSchema.safeParse(raw);
  if (!result.success) {
    const { issues } = result.error;
    const shown = issues.slice(0, MAX_PROBLEMS).map((issue) => describeIssue(issue, raw));
    const more = issues.length - shown.length;
    const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
    return fail(
      `This backup is damaged or was edited by hand, so nothing was imported. It has ${count}: ` +
        shown.join('; ') +
        (more > 0 ? `; and ${more} more` : '') +
        '.',
    );
  }

  return { ok: true, backup: result.data, summary: summarize(result.data) };
}

function summarize(backup: Backup): BackupSummary {
  let earliest: number | null = null;
  let latest: number | null = null;
  for (const { reviewedAt } of backup.reviewLog) {
    if (earliest === null || reviewedAt < earliest) earliest = reviewedAt;
    if (latest === null || reviewedAt > latest) latest = reviewedAt;
  }
  return {
    itemsWithProgress: backup.memory.length,
    reviewLogEntries: backup.reviewLog.length,
    earliestReview: earliest,
    latestReview: latest,
    exportedAt: backup.exportedAt,
    includesSettings: backup.settings !== null,
    examAttempts: backup.examAttempts.length,
    examDates: backup.examDates.length,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `reviewLog[12].before.phase`; the file itself for an empty path. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** The value at `path` inside the parsed file, or undefined where there is none. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || typeof key === 'symbol') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A short, readable rendering of a value found in the file. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value; // not reachable from JSON
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'null',
};

/** One zod issue as "path: what is wrong", in words a learner can follow. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = formatPath(issue.path);
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${where} is missing`;
      return `${where} should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(value)}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      return allowed.length === 1
        ? `${where} should be ${JSON.stringify(issue.values[0])}, not ${describe(value)}`
        : `${where} is ${describe(value)}, but should be one of ${allowed.join(', ')}`;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `${where} is empty`;
      if (issue.origin === 'number')
        return `${where} is ${describe(value)}, but should be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
      return `${where}: ${issue.message}`;
    case 'too_big':
      if (issue.origin === 'number')
        return `${where} is ${describe(value)}, but should be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
      return `${where}: ${issue.message}`;
    case 'unrecognized_keys':
      return `${where} has ${issue.keys.length === 1 ? 'an unexpected field' : 'unexpected fields'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      // Our own checks (duplicates) and rarer codes: their message is the best description.
      return `${where}: ${issue.message}`;
  }
}
