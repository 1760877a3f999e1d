const LEVEL_LABELS: Record<string, string> = {
  foundational: 'Foundational',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  associate: 'Associate',
  professional: 'Professional',
};

export function levelLabel(level: string): string {
  return LEVEL_LABELS[level] ?? level;
}

/**
 * A formatter made on first use and kept: `toLocaleString` with options builds a new one on every
 * call (~0.1–0.5 ms each), which the progress screen's hundreds of day labels measurably felt.
 */
export function lazyFormat<F>(make: () => F): () => F {
  let made: F | undefined;
  return () => (made ??= make());
}

/** A `YYYY-MM-DD` day as a UTC time, so formatting it in UTC gives that date whatever the zone. */
export function utcOfIsoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

const numbers = lazyFormat(() => new Intl.NumberFormat('en-US'));

export function plural(n: number, one: string, many = `${one}s`): string {
  // Whole numbers under 1,000 read the same without a formatter ("1,234" needs one), and the
  // first formatter a page builds costs milliseconds while it hydrates.
  const count = Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : numbers().format(n);
  return `${count} ${n === 1 ? one : many}`;
}

/** en-GB's short month names, as `toLocaleDateString('en-GB', { month: 'short' })` gives them. */
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * "20 Nov 2026" from "2026-11-20", without time-zone drift. Written out rather than through
 * Intl: the first date formatter a page builds costs ~10 ms (×4 on a slow phone), and the exam
 * page's chapter list formats its dates while hydrating.
 */
export function formatDate(iso: string): string {
  const date = new Date(utcOfIsoDay(iso));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

const localDate = lazyFormat(
  () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
);

/** "23 Nov 2026" for a time (epoch ms), in the learner's time zone. */
export function formatDay(at: number): string {
  return localDate().format(at);
}

/** "12.4 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

const DAY = 86_400_000;

/** "today", "yesterday", "12 days ago", "on 3 Oct 2026". */
export function formatAgo(now: number, at: number): string {
  const days = Math.floor((now - at) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return `on ${formatDay(at)}`;
}
