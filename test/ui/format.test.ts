/** Figures formatted for people. */
import { describe, expect, it } from 'vitest';
import { formatAgo, formatBytes } from '../../src/ui/format';

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
});
