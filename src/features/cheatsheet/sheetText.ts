/** Wording of the cheat sheet: source labels, "was … until …", callout kinds. */
import type { CheatSheetCalloutKind } from '../../schema/cheatSheet';
import type { Fact } from '../../schema/fact';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2020-12" or "2025-10-01" → "December 2020" / "October 2025". */
export function monthYear(date: string): string {
  const [year, month] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  return name ? `${name} ${year}` : date;
}

/** What the figure used to be: "was 3,008 MB until December 2020", or null if it never changed. */
export function previousText(fact: Pick<Fact, 'previous' | 'unit'>): string | null {
  const previous = fact.previous;
  if (!previous) return null;
  const value =
    typeof previous.value === 'number'
      ? `${previous.value.toLocaleString('en-US')}${fact.unit ? ` ${fact.unit}` : ''}`
      : previous.value;
  return `was ${value} until ${monthYear(previous.changed)}`;
}

/** The date most figures were checked on (shown once; a row shows its own only if it differs). */
export function commonDate(dates: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: string | null = null;
  for (const [d, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * A short name for a source page, readable on paper: "configuration-memory" for
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html.
 */
export function sourceLabel(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    if (pathname.includes('/blogs/')) return 'AWS blog post';
    const last = pathname
      .split('/')
      .filter(Boolean)
      .pop()
      ?.replace(/\.html?$/, '');
    if (!last) return hostname;
    return last.length > 40 ? `${last.slice(0, 38)}…` : last;
  } catch {
    return url;
  }
}

export const KIND_LABEL: Record<CheatSheetCalloutKind, string> = {
  'exam-tip': 'Exam tip',
  'wrong-answer': 'Wrong answer',
  'mix-up': 'Mix-up',
};

/** The titles a callout gets when its author gives none: the kind label says it already. */
export const DEFAULT_TITLES: ReadonlySet<string> = new Set([
  'Exam tip',
  'Common wrong answer',
  'Easy to mix up',
]);
