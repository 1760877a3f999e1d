/**
 * Persistent storage. Browsers may evict a site's data under storage pressure unless it is
 * marked persistent; the app asks once per visit, after the learner's first review has been
 * saved (a moment where there is something worth keeping, never on page load), and Settings →
 * Your data shows the result and lets the learner ask again.
 */

export interface StorageReport {
  /** null: the browser can't tell (no StorageManager). */
  persisted: boolean | null;
  /** Bytes this site uses and may use, as the browser estimates them; null if unknown. */
  usage: number | null;
  quota: number | null;
}

let askedThisVisit = false;

/** Asks for persistent storage once per visit. Resolves to the outcome, or null if not asked. */
export async function requestPersistence(): Promise<boolean | null> {
  if (askedThisVisit) return null;
  askedThisVisit = true;
  return askForPersistence();
}

/** Asks now (the learner pressed a button). */
export async function askForPersistence(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export async function storageReport(): Promise<StorageReport> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persisted, estimate] = await Promise.all([
    typeof storage?.persisted === 'function' ? storage.persisted().catch(() => null) : null,
    typeof storage?.estimate === 'function' ? storage.estimate().catch(() => null) : null,
  ]);
  return {
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}
