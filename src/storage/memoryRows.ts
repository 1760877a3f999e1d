/**
 * The one mapping between a memory state and what storage keeps of it: memory-table rows, pack
 * entries (packs.ts) and backup rows (backup.ts). The field list comes from the schema
 * (`MEMORY_FIELDS`), and each field's check below is keyed by it, so a new field is a type error
 * here until it is handled.
 */
import {
  MEMORY_FIELDS,
  MEMORY_PHASES,
  type ItemKind,
  type MemoryRecord,
  type MemoryState,
} from '../schema/study';

const isNumber = (v: unknown) => typeof v === 'number' && !Number.isNaN(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const PHASES = new Set<unknown>(MEMORY_PHASES);

/**
 * What each stored field must be. Equivalent to the `memoryState` zod schema (a test holds them
 * together) but cheap enough for thousands of rows on every start: the schema's first parse
 * costs tens of milliseconds while it compiles.
 */
const FIELD_OK: Record<keyof MemoryState, (value: unknown) => boolean> = {
  due: isNumber,
  stability: isNumber,
  difficulty: isNumber,
  scheduledDays: isNumber,
  learningSteps: isNumber,
  reps: isCount,
  lapses: isCount,
  phase: (v) => PHASES.has(v),
  lastReview: (v) => v === null || isNumber(v),
};

/** The state's values in `MEMORY_FIELDS` order (a pack entry's tail). */
export function stateValues(state: MemoryState): MemoryState[keyof MemoryState][] {
  return MEMORY_FIELDS.map((field) => state[field]);
}

/** A state from values in `MEMORY_FIELDS` order from `offset` on, or null if any is not valid. */
export function stateFromValues(values: readonly unknown[], offset = 0): MemoryState | null {
  const out: Record<string, unknown> = {};
  for (const [i, field] of MEMORY_FIELDS.entries()) {
    const value = values[offset + i];
    if (!FIELD_OK[field](value)) return null;
    out[field] = value;
  }
  return out as MemoryState;
}

/** A memory state read back from disk (a memory row, a log row's before/after), or null. */
export function restoreMemoryState(row: unknown): MemoryState | null {
  if (typeof row !== 'object' || row === null) return null;
  const r = row as Record<string, unknown>;
  return stateFromValues(MEMORY_FIELDS.map((field) => r[field]));
}

/** Only the state's own fields, e.g. of a memory row that also holds its id and kind. */
export function pickMemoryState(source: MemoryState): MemoryState {
  return Object.fromEntries(MEMORY_FIELDS.map((f) => [f, source[f]])) as MemoryState;
}

/** The memory-table row for an item holding `state`. */
export function memoryRowOf(itemId: string, kind: ItemKind, state: MemoryState): MemoryRecord {
  return { itemId, kind, ...pickMemoryState(state) };
}
