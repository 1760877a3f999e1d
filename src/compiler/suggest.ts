/** "Did you mean …?" for mistyped ids: the closest candidate within a small edit distance. */
export function closest(input: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(input, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const SMALL_WORDS = new Set(['the', 'and', 'for', 'with', 'what', 'which', 'how', 'does', 'its']);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter(
    (w) => w.length >= 3 && !SMALL_WORDS.has(w),
  );
}

/** Same word, or one a form of the other ("timeout", "timeouts"). */
const related = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * The sections most likely to teach an item, for a hint: those whose titles share the most
 * words with the item's title, in chapter order on ties; the first sections when none share any.
 */
export function closestSections(
  title: string,
  sections: readonly { id: string; title: string }[],
  count = 3,
): string[] {
  const wanted = words(title);
  const scored = sections.map((s, order) => ({
    id: s.id,
    order,
    score: words(s.title).filter((w) => wanted.some((x) => related(w, x))).length,
  }));
  const matching = scored.filter((s) => s.score > 0);
  const picked = matching.length
    ? matching.sort((a, b) => b.score - a.score || a.order - b.order)
    : scored;
  return picked.slice(0, count).map((s) => s.id);
}
