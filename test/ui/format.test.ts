/** Figures formatted for people. */
import { describe, expect, it } from 'vitest';
import { formatAgo, formatBytes, formatDate, plural } from '../../src/ui/format';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23, 12);

describe('formatting', () => {
  it('formats ages and sizes for people', () => {
    expect(formatAgo(now, now - 1000)).toBe('today');
    expect(formatAgo(now, now - DAY)).toBe('yesterday');
    expect(formatAgo(now, now - 12 * DAY)).toBe('12 days ago');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3 * 1024 * 1024 + 400_000)).toBe('3.4 MB');
  });

  it('counts with a plural and thousands separators, and dates without zone drift', () => {
    expect(plural(1, 'chapter')).toBe('1 chapter');
    expect(plural(0, 'question')).toBe('0 questions');
    expect(plural(999, 'card')).toBe('999 cards');
    expect(plural(1234, 'card')).toBe('1,234 cards');
    expect(plural(2.5, 'day')).toBe('2.5 days');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
    expect(formatDate('2026-11-20')).toBe('20 Nov 2026');
    expect(formatDate('2027-01-01')).toBe('1 Jan 2027');
    expect(formatDate('2026-09-05')).toBe('5 Sept 2026');
  });

  it('writes dates as en-GB does, every month', () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, '0')}-28`;
      const intl = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(formatDate(iso)).toBe(intl);
    }
  });
});
