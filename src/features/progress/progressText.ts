/** How the progress screen words its figures: percents, days, time spent. */
import { lazyFormat, utcOfIsoDay } from '../../ui/format';

/** "82%" of a 0–1 share; "–" for none. */
export function pct(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

const withWeekday = lazyFormat(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }),
);
const dayMonth = lazyFormat(
  () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
);

/** "Mon 30 Nov" from a study day's `YYYY-MM-DD`. */
export function dayText(iso: string): string {
  return withWeekday().format(utcOfIsoDay(iso));
}

/** "30 Nov" from a study day's `YYYY-MM-DD`. */
export function shortDay(iso: string): string {
  return dayMonth().format(utcOfIsoDay(iso));
}

/** "1 h 05 min", "12 min", "under a minute" of a duration in ms. */
export function timeSpent(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (ms > 0 && minutes === 0) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** "YYYY-MM-DD" of a local time. */
export function isoDay(at: number): string {
  const d = new Date(at);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}
