/**
 * The arithmetic of an exam draw: how many questions each domain gets (by weight, largest
 * remainder, shortfalls passed on), and how many of them are multiple response (the bank's share
 * of the draw, within one question, bending toward unseen questions when it can). Pure counts:
 * `examDraw` picks the questions.
 */

/**
 * Splits `total` in proportion to `weights` by the largest-remainder method, never giving an
 * entry more than its cap; what a capped entry cannot take goes to the others by weight. Entries
 * with no weight get nothing.
 */
export function apportion(
  total: number,
  weights: readonly number[],
  caps: readonly number[],
): number[] {
  const out = weights.map(() => 0);
  let left = Math.min(total, sum(caps));
  while (left > 0) {
    const open = out.flatMap((n, i) => (n < (caps[i] ?? 0) && (weights[i] ?? 0) > 0 ? [i] : []));
    if (open.length === 0) break;
    const shares = largestRemainder(
      left,
      open.map((i) => weights[i] ?? 0),
    );
    // Each round either places everything left or fills at least one entry, so this ends.
    open.forEach((i, k) => {
      const add = Math.min(shares[k] ?? 0, (caps[i] ?? 0) - (out[i] ?? 0));
      out[i] = (out[i] ?? 0) + add;
      left -= add;
    });
  }
  return out;
}

/** `total` split by weight: floors, then one more each to the largest remainders. */
function largestRemainder(total: number, weights: readonly number[]): number[] {
  const whole = sum(weights);
  const exact = weights.map((w) => (total * w) / whole);
  const out = exact.map(Math.floor);
  let left = total - sum(out);
  // Equal remainders: the heavier entry, then the earlier one, so the split is repeatable.
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x), weight: weights[i] ?? 0 }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

/** One domain's questions to draw and what it holds to draw them from. */
export interface DomainStock {
  count: number;
  unseenMultiple: number;
  unseenSingle: number;
  seenMultiple: number;
  seenSingle: number;
}

interface Range {
  lo: number;
  hi: number;
}

/**
 * Multiple-response questions per domain. The total stays within one question of
 * `share` × the draw's length (as far as the domains' stock allows); inside that band it is the
 * count nearest the exact share at which every domain can still take its unseen questions first.
 */
export function multipleQuotas(stock: readonly DomainStock[], share: number): number[] {
  const exact = sum(stock.map((s) => s.count)) * share;
  const free = stock.map(unseenFirstRange);
  const bank = stock.map(bankRange);
  const [freeAll, bankAll] = [total(free), total(bank)];
  const aim = clamp(Math.round(exact), freeAll);
  const target = clamp(
    clamp(aim, { lo: Math.ceil(exact - 1), hi: Math.floor(exact + 1) }),
    bankAll,
  );

  // Spread by how many multiple-response questions each domain's draw would hold at its own mix.
  const weights = stock.map((s) => {
    const held = s.unseenMultiple + s.unseenSingle + s.seenMultiple + s.seenSingle;
    return held === 0 ? 0 : (s.count * (s.unseenMultiple + s.seenMultiple)) / held;
  });
  const quotas = free.map((r) => r.lo);
  const shift = (amount: number, caps: number[], sign: 1 | -1) =>
    apportion(amount, weights, caps).forEach((n, i) => (quotas[i] = (quotas[i] ?? 0) + sign * n));
  if (target >= freeAll.lo) {
    shift(
      Math.min(target, freeAll.hi) - freeAll.lo,
      free.map((r) => r.hi - r.lo),
      1,
    );
    if (target > freeAll.hi)
      shift(
        target - freeAll.hi,
        free.map((r, i) => (bank[i]?.hi ?? 0) - r.hi),
        1,
      );
  } else {
    shift(
      freeAll.lo - target,
      free.map((r, i) => r.lo - (bank[i]?.lo ?? 0)),
      -1,
    );
  }
  return quotas;
}

/** Multiple-response counts the domain can draw while taking unseen questions before seen ones. */
function unseenFirstRange(s: DomainStock): Range {
  const unseen = s.unseenMultiple + s.unseenSingle;
  if (unseen >= s.count) {
    return { lo: Math.max(0, s.count - s.unseenSingle), hi: Math.min(s.count, s.unseenMultiple) };
  }
  const rest = s.count - unseen;
  return {
    lo: s.unseenMultiple + Math.max(0, rest - s.seenSingle),
    hi: s.unseenMultiple + Math.min(rest, s.seenMultiple),
  };
}

/** Multiple-response counts the domain can draw at all. */
function bankRange(s: DomainStock): Range {
  return {
    lo: Math.max(0, s.count - s.unseenSingle - s.seenSingle),
    hi: Math.min(s.count, s.unseenMultiple + s.seenMultiple),
  };
}

function total(ranges: readonly Range[]): Range {
  return { lo: sum(ranges.map((r) => r.lo)), hi: sum(ranges.map((r) => r.hi)) };
}

function clamp(n: number, range: Range): number {
  return Math.min(range.hi, Math.max(range.lo, n));
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
