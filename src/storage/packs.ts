/**
 * Packs: the memory table again, in 64 rows instead of one row per item, so that opening the app
 * reads today's queue in a few milliseconds.
 *
 * Why: IndexedDB's cost is per row. In Chromium with 10,000 items (6,997 with a state, ~2,900 due
 * today) the due rows alone took 37–43 ms to read (medians of 9), whatever their shape: a bare
 * `{ itemId, due }` row cost as much as a full state. The same states in 64 rows of arrays read
 * in ~10 ms and decode in ~2 ms (all of them, not only the due ones).
 *
 * The memory table stays the record (one row per item, keyed by content id; backups read it);
 * packs are derived from it and never trusted blindly:
 *
 * - every write that changes memory rows changes their packs in the same transaction
 *   (`writeMemoryRow`), or deletes the packs it cannot patch (`writeBeforeLeaving`, which has no time
 *   to read them) or all of them (restore, reset);
 * - a missing pack is never created by a patch, only by a rebuild from the memory table;
 * - `loadProgress` uses the packs only when all 64 are there, every entry decodes and their
 *   entries add up to the memory table's row count; otherwise it rebuilds them (one transaction
 *   over both tables) and uses that.
 *
 * A pack is an array of entries `[itemId, kind, ...the state's values in MEMORY_FIELDS order]`,
 * or `[itemId]` for a memory row that is not a valid state (kept and counted, as the row itself
 * is); an item's pack is a hash of its id.
 */
import type { MemoryRecord, MemoryState } from '../schema/study';
import type { StudyDatabase } from './db';
import { restoreMemoryState, stateFromValues, stateValues } from './memoryRows';

export const PACK_COUNT = 64;

export type PackEntry = StateEntry | [itemId: string];

/** The item's id and kind, then its state's values in `MEMORY_FIELDS` order (memoryRows.ts). */
type StateEntry = [itemId: string, kind: MemoryRecord['kind'], ...state: unknown[]];

/** The pack an item's state lives in: FNV-1a of its id, modulo PACK_COUNT. */
export function packOf(itemId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < itemId.length; i++) h = Math.imul(h ^ itemId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % PACK_COUNT;
}

export function packEntryOf(row: MemoryRecord): StateEntry {
  return [row.itemId, row.kind, ...stateValues(row)];
}

/** An item id and its state as read from a pack entry; `state` is null if the entry is malformed. */
export interface UnpackedEntry {
  itemId: string;
  state: MemoryState | null;
}

/**
 * Decodes stored packs (`getAll` of the table), or returns null if they cannot be trusted as a
 * whole: a pack missing or not an array, an entry without an id or with an invalid state. The
 * count check against the memory table is the caller's.
 */
export function unpackAll(packs: readonly unknown[]): UnpackedEntry[] | null {
  if (packs.length !== PACK_COUNT) return null;
  const out: UnpackedEntry[] = [];
  for (const pack of packs) {
    if (!Array.isArray(pack)) return null;
    for (const e of pack as unknown[]) {
      if (!Array.isArray(e) || typeof e[0] !== 'string') return null;
      const itemId: string = e[0];
      if (e.length === 1) {
        out.push({ itemId, state: null });
        continue;
      }
      const state = stateFromValues(e, 2);
      if (!state) return null;
      out.push({ itemId, state });
    }
  }
  return out;
}

/**
 * Writes one item's memory row (`row` null: deletes it) and reflects it in its pack: the one way
 * a single row is written, so no write path can forget the pack. Call inside a Dexie transaction
 * that includes `memory` and `memoryPacks`. A pack that is missing stays missing: only a rebuild
 * may create it.
 */
export async function writeMemoryRow(
  db: StudyDatabase,
  itemId: string,
  row: MemoryRecord | null,
): Promise<void> {
  if (row === null) await db.memory.delete(itemId);
  else await db.memory.put(row);
  const key = packOf(itemId);
  const pack = await db.memoryPacks.get(key);
  if (!Array.isArray(pack)) return;
  const next = pack.filter((e) => e[0] !== itemId);
  if (row) next.push(packEntryOf(row));
  await db.memoryPacks.put(next, key);
}

/**
 * Every item's state for `loadProgress` when the packs cannot be trusted: rebuilt packs, or, if
 * they cannot be written (a full disk), the memory rows read as they are.
 */
export async function readAllStates(db: StudyDatabase): Promise<UnpackedEntry[]> {
  try {
    return await rebuildPacks(db);
  } catch {
    return (await db.memory.toArray()).map(entryOfRow);
  }
}

/** A memory row as an unpacked entry: a null state if the row is not a valid one. */
function entryOfRow(row: MemoryRecord): UnpackedEntry {
  // Keys are strings unless the database was edited by hand.
  const itemId = typeof row.itemId === 'string' ? row.itemId : JSON.stringify(row.itemId);
  return { itemId, state: restoreMemoryState(row) };
}

/**
 * Rebuilds every pack from the memory table in one transaction, and returns the entries. A row
 * that is not a valid state is packed as its id alone and comes back with a null state.
 */
async function rebuildPacks(db: StudyDatabase): Promise<UnpackedEntry[]> {
  return db.transaction('rw', db.memory, db.memoryPacks, async () => {
    const rows = await db.memory.toArray();
    const packs: PackEntry[][] = Array.from({ length: PACK_COUNT }, () => []);
    const out = rows.map(entryOfRow);
    rows.forEach((row, i) => {
      const { itemId, state } = out[i] as UnpackedEntry;
      packs[packOf(itemId)]?.push(state ? packEntryOf(row) : [itemId]);
    });
    await db.memoryPacks.clear();
    await db.memoryPacks.bulkPut(
      packs,
      packs.map((_, i) => i),
    );
    return out;
  });
}
