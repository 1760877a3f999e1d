/**
 * The exam clock. It is the only part of the screen that re-renders every second; it also tells
 * the store the time (which submits the attempt when it runs out) and tells screen readers at
 * 10, 5 and 1 minutes left, never every second.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { formatClock, timeAnnouncement, timeLeftMs } from '../../domain/examTiming';
import { usePracticeStore } from '../../stores/practiceStore';

const LOW_MS = 5 * 60_000;

/**
 * The time left, updated as each second of the clock turns over (not a second after mount), and
 * at once when the tab comes back into view (background tabs run timers late).
 */
function useTimeLeft(deadline: number, onTick?: (now: number, leftMs: number) => void): number {
  const [leftMs, setLeftMs] = useState(() => timeLeftMs(deadline, Date.now()));
  const tick = useEffectEvent((now: number, left: number) => onTick?.(now, left));

  useEffect(() => {
    let timer = 0;
    const update = () => {
      window.clearTimeout(timer);
      const now = Date.now();
      const left = timeLeftMs(deadline, now);
      setLeftMs(left);
      tick(now, left);
      if (left > 0) timer = window.setTimeout(update, left % 1000 || 1000);
    };
    update();
    const onVisible = () => {
      if (document.visibilityState === 'visible') update();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [deadline]);
  return leftMs;
}

/** The visible clock in the exam's status bar; it drives the store's time-out. */
export function TakingClock({ deadline }: { deadline: number }) {
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<number | null>(null);
  const leftMs = useTimeLeft(deadline, (now, left) => {
    usePracticeStore.getState().tick(now);
    // The first reading sets the baseline: a resumed attempt is not told what it already shows.
    const said = previous.current === null ? null : timeAnnouncement(previous.current, left);
    previous.current = left;
    if (said) setAnnouncement(said);
  });
  const low = leftMs < LOW_MS;

  return (
    <div className={`taking-clock${low ? ' taking-clock--low' : ''}`}>
      <span className="taking-clock__label">{low ? 'Under 5 minutes left' : 'Time left'}</span>
      <span className="taking-clock__time">{formatClock(leftMs)}</span>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}

/** The time left as text, for the submit step (the status bar's clock does the ticking). */
export function TakingTimeLeft({ deadline }: { deadline: number }) {
  return <>{formatClock(useTimeLeft(deadline))}</>;
}
