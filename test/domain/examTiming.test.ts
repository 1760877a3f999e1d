/** The practice exam's clock, with fixed times: duration, time left, announcements, format. */
import { describe, expect, it } from 'vitest';
import {
  examDurationMs,
  formatClock,
  isTimeUp,
  timeAnnouncement,
  timeLeftMs,
} from '../../src/domain/examTiming';

const MINUTE = 60_000;
const SECOND = 1000;
const dva = { minutes: 130, questions: 65 };
const clf = { minutes: 90, questions: 65 };
const start = Date.UTC(2026, 10, 23, 10, 0, 0);

describe('exam duration', () => {
  it('scales the exam time to the length, rounded up to the minute', () => {
    expect(examDurationMs(dva, 65)).toBe(130 * MINUTE);
    expect(examDurationMs(dva, 20)).toBe(40 * MINUTE); // 130 × 20 / 65 = 40 exactly
    expect(examDurationMs(clf, 20)).toBe(28 * MINUTE); // 90 × 20 / 65 = 27.7 → 28
    expect(examDurationMs(clf, 1)).toBe(2 * MINUTE); // 1.38 → 2
    expect(examDurationMs(clf, 0)).toBe(0);
  });
});

describe('time left', () => {
  const deadline = start + 40 * MINUTE;

  it('counts down to zero and no further', () => {
    expect(timeLeftMs(deadline, start)).toBe(40 * MINUTE);
    expect(timeLeftMs(deadline, deadline + 5 * SECOND)).toBe(0);
  });

  it('is up at the deadline, not a millisecond before', () => {
    expect(isTimeUp(deadline, deadline - 1)).toBe(false);
    expect(isTimeUp(deadline, deadline)).toBe(true);
    expect(isTimeUp(deadline, deadline + MINUTE)).toBe(true);
  });
});

describe('announcements for screen readers', () => {
  it('speaks when 10, 5 and 1 minutes are reached', () => {
    expect(timeAnnouncement(10 * MINUTE + SECOND, 10 * MINUTE)).toBe('10 minutes left');
    expect(timeAnnouncement(5 * MINUTE + 500, 5 * MINUTE - 500)).toBe('5 minutes left');
    expect(timeAnnouncement(MINUTE + SECOND, MINUTE)).toBe('1 minute left');
  });

  it('is silent on every other tick, including the ones just after a threshold', () => {
    expect(timeAnnouncement(30 * MINUTE, 30 * MINUTE - SECOND)).toBeNull();
    expect(timeAnnouncement(10 * MINUTE, 10 * MINUTE - SECOND)).toBeNull();
    expect(timeAnnouncement(2 * MINUTE, 2 * MINUTE - SECOND)).toBeNull();
    expect(timeAnnouncement(30 * SECOND, 29 * SECOND)).toBeNull();
  });

  it('says only the nearest threshold when a tick skips several (a suspended tab)', () => {
    expect(timeAnnouncement(12 * MINUTE, 4 * MINUTE)).toBe('5 minutes left');
    expect(timeAnnouncement(12 * MINUTE, 30 * SECOND)).toBe('1 minute left');
  });

  it('leaves "time is up" to the screen', () => {
    expect(timeAnnouncement(MINUTE + SECOND, 0)).toBeNull();
  });

  it('speaks exactly three times over a whole exam ticking every second', () => {
    const said: string[] = [];
    for (let left = 40 * MINUTE; left > 0; left -= SECOND) {
      const text = timeAnnouncement(left, left - SECOND);
      if (text) said.push(text);
    }
    expect(said).toEqual(['10 minutes left', '5 minutes left', '1 minute left']);
  });
});

describe('the clock', () => {
  it('reads h:mm:ss over an hour and m:ss under it', () => {
    expect(formatClock(3_909 * SECOND)).toBe('1:05:09');
    expect(formatClock(2_399 * SECOND)).toBe('39:59');
    expect(formatClock(59 * SECOND)).toBe('0:59');
    expect(formatClock(130 * MINUTE)).toBe('2:10:00');
  });

  it('rounds seconds up, so 0:00 shows only when time is up', () => {
    expect(formatClock(58_001)).toBe('0:59');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5 * SECOND)).toBe('0:00');
  });
});
