/**
 * Seeded pseudo-random numbers for the domain: the same seed always gives the same sequence, so
 * an exam draw can be repeated and tested. Not for anything secret (mulberry32, 32-bit state).
 */

/** Returns numbers in [0, 1). */
export type Random = () => number;

/** A mulberry32 generator. The seed is taken as a 32-bit unsigned integer (`seed >>> 0`). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates); `items` is left as it was. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The numbers 0 … n-1 in a random order. */
export function permutation(n: number, random: Random): number[] {
  return shuffled(
    Array.from({ length: n }, (_, i) => i),
    random,
  );
}
