/** The seeded generator behind exam draws: repeatable, in range, and roughly even. */
import { describe, expect, it } from 'vitest';
import { permutation, seededRandom, shuffled } from '../../src/domain/random';

/** mulberry32(1), as published with the algorithm (0.6270739405881613, …) × 2³². */
const FIRST_FROM_SEED_1 = [2693262067, 11749833, 2265367787];

const take = (seed: number, n: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => random());
};

describe('seeded random numbers', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(take(42, 5)).toEqual(take(42, 5));
    expect(take(42, 5)).not.toEqual(take(43, 5));
  });

  it('keeps the mulberry32 sequence (a changed generator would change every stored draw)', () => {
    expect(take(1, 3).map((x) => Math.floor(x * 4_294_967_296))).toEqual(FIRST_FROM_SEED_1);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const xs = take(7, 10_000);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const lowHalf = xs.filter((x) => x < 0.5).length;
    expect(lowHalf).toBeGreaterThan(4800);
    expect(lowHalf).toBeLessThan(5200);
  });

  it('shuffles a copy, leaving the input as it was', () => {
    const input = ['a', 'b', 'c', 'd', 'e', 'f'];
    const out = shuffled(input, seededRandom(3));
    expect(input).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...out].sort()).toEqual(input);
    expect(out).not.toEqual(input);
  });

  it('permutes 0 … n-1', () => {
    expect(permutation(7, seededRandom(9)).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(permutation(0, seededRandom(9))).toEqual([]);
  });
});
