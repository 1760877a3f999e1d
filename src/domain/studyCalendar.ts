/**
 * Study days around `now`, numbered: 0 is the study day containing `now`, -1 the one before, 1
 * the next. A study day starts at `dayStartHour` local time, as `studyDayStart` in queue.ts.
 *
 * Statistics put thousands of timestamps into days, so `dayOf` guesses the day arithmetically
 * and corrects the guess against the real day starts. A day start costs one Date, computed once
 * when first needed: a local day can be 23 or 25 hours long across a daylight-saving change, so
 * dividing by 24 hours alone would put the hour next to such a change on the wrong day.
 */
import { studyDayStart } from './queue';

const DAY = 86_400_000;

export interface StudyCalendar {
  /** The study day containing `t` (a finite epoch-ms time). */
  dayOf: (t: number) => number;
  /** When study day `day` starts, epoch ms. */
  start: (day: number) => number;
  /** The study day's local date, `YYYY-MM-DD` (the date on which it starts). */
  label: (day: number) => string;
}

export function studyCalendar(now: number, dayStartHour: number): StudyCalendar {
  const today = studyDayStart(now, dayStartHour);
  // Day starts computed so far, by day number: only the days timestamps fall on (and their
  // neighbours), so one stray timestamp decades away costs two Dates, not one per day between.
  const starts = new Map<number, number>([[0, today]]);

  const start = (day: number): number => {
    let t = starts.get(day);
    if (t === undefined) {
      const d = new Date(today);
      d.setDate(d.getDate() + day);
      d.setHours(dayStartHour, 0, 0, 0);
      t = d.getTime();
      starts.set(day, t);
    }
    return t;
  };
  const dayOf = (t: number) => {
    let day = Math.floor((t - today) / DAY);
    while (t < start(day)) day--;
    while (t >= start(day + 1)) day++;
    return day;
  };
  const label = (day: number) => {
    const d = new Date(start(day));
    const mm = String(d.getMonth() + 1).padStart(2, '0');
    const dd = String(d.getDate()).padStart(2, '0');
    return `${d.getFullYear()}-${mm}-${dd}`;
  };
  return { dayOf, start, label };
}
