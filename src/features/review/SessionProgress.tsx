import type { TodayQueue } from '../../stores/useTodayQueue';
import type { SessionStats } from '../../stores/studyStore';

/**
 * How far the session has come: a bar (it jumps rather than animates: an animation kept the
 * compositor busy after every grade and delayed the next item's paint) and today's counts.
 */
export function SessionProgress({ queue, session }: { queue: TodayQueue; session: SessionStats }) {
  const remaining = queue.counts.learning + queue.counts.review + queue.counts.new;
  const total = session.reviewed + remaining;
  return (
    // A named group: a name on a plain div (no role) is not announced (axe: aria-prohibited-attr).
    <div
      className="session-progress"
      role="group"
      aria-label="Session progress"
      data-settled={queue.settled}
    >
      <div
        className="session-progress__bar"
        role="progressbar"
        aria-label="Reviewed this session"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={session.reviewed}
      >
        <span
          style={{ width: '100%', transform: `scaleX(${total ? session.reviewed / total : 0})` }}
        />
      </div>
      <p className="session-progress__counts">
        <span>{session.reviewed} done</span>
        <span className="count count--learning">{queue.counts.learning} learning</span>
        <span className="count count--review">{queue.counts.review} to review</span>
        <span className="count count--new">{queue.counts.new} new</span>
      </p>
    </div>
  );
}
