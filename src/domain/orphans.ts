/**
 * Orphans: items the learner has history for that are no longer in the content. Their history
 * is kept (it comes back if the item does); the review screen says how many there are.
 */

/** How many of the studied ids are not in the content. */
export function countOrphans(studied: Iterable<string>, contentIds: ReadonlySet<string>): number {
  let n = 0;
  for (const id of studied) if (!contentIds.has(id)) n++;
  return n;
}

/** The studied ids that are not in the content, sorted. */
export function orphanedIds(studied: Iterable<string>, contentIds: ReadonlySet<string>): string[] {
  return [...studied].filter((id) => !contentIds.has(id)).sort();
}
