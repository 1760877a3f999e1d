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

// The number formatter is made once, on first use: `toLocaleString` builds a new one on every
// call, which cost the exam page's chapter list several milliseconds per line on a slow phone.
let numbers: Intl.NumberFormat | undefined;

export function plural(n: number, one: string, many = `${one}s`): string {
  // Whole numbers under 1,000 read the same without a formatter ("1,234" needs one).
  const count =
    Number.isInteger(n) && Math.abs(n) < 1000
      ? String(n)
      : (numbers ??= new Intl.NumberFormat('en-US')).format(n);
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
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** "23 Nov 2026" for a time (epoch ms), in the learner's time zone. */
export function formatDay(at: number): string {
  return new Date(at).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
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
