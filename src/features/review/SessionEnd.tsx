/** What the review screen shows when there is no item to show: why, and what comes next. */
import { Link } from 'react-router-dom';
import type { ChapterMeta } from '../../schema/content';
import type { StudySettings } from '../../schema/study';
import type { SessionStats } from '../../stores/studyStore';
import { ReloadButton } from '../../ui/ReloadButton';
import { OUTDATED_DATA } from '../../ui/storageMessages';
import { formatDuration, formatWhen } from '../../ui/time';
import { FocusedHeading } from './FocusedHeading';

/** A newer version of the app upgraded the data in another tab: only a reload goes on. */
export function OutdatedTab() {
  return (
    <section className="summary" aria-labelledby="outdated-heading">
      <FocusedHeading id="outdated-heading">Reload to keep studying</FocusedHeading>
      <p>{OUTDATED_DATA}</p>
      <ReloadButton />
    </section>
  );
}

/** The session's figures once the queue is empty, and when the next item falls due. */
export function SessionSummary(props: {
  examId: string;
  session: SessionStats;
  now: number;
  nextDue: number | null;
  /** The queue has caught up with the last grade (it is rebuilt just after the paint). */
  settled: boolean;
}) {
  const { examId, session, now, nextDue, settled } = props;
  const figures: [string, string | number][] = [
    ['Reviewed', session.reviewed],
    ['New', session.newItems],
    ['Again rate', `${String(Math.round((100 * session.again) / session.reviewed))}%`],
    ['Time', formatDuration(session.timeMs)],
  ];
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <FocusedHeading id="summary-heading">Session complete</FocusedHeading>
      <dl className="summary__stats">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {/* Until the queue is rebuilt after the last grade, its next due time is not known: the
          line keeps its place instead of saying "nothing else" for a frame. */}
      <p className="summary__next">
        {!settled
          ? '\u00a0'
          : nextDue
            ? `Next item due ${formatWhen(now, nextDue)}.`
            : 'Nothing else is scheduled yet.'}
      </p>
      <p className="button-row">
        <Link className="button" to={`/exams/${examId.toLowerCase()}`}>
          Back to chapters
        </Link>
      </p>
    </section>
  );
}

/**
 * Nothing was due when the session opened: nothing in the focus, or today's work is done. Either
 * way the learner gets somewhere to go next: a practice exam, the chapters, or the settings.
 */
export function NothingDue(props: {
  examId: string;
  hasItems: boolean;
  now: number;
  nextDue: number | null;
  settings: Pick<StudySettings, 'newPerDay'>;
  /** The review draws from this chapter only. */
  chapter?: ChapterMeta | undefined;
}) {
  const { examId, hasItems, now, nextDue, settings, chapter } = props;
  const slug = examId.toLowerCase();
  return (
    <section className="summary" aria-labelledby="empty-heading">
      <FocusedHeading id="empty-heading">
        {hasItems ? 'All caught up' : 'Nothing to study here yet'}
      </FocusedHeading>
      <p>
        {!hasItems
          ? chapter
            ? `“${chapter.title}” has no flashcards or questions for ${examId} yet.`
            : 'No flashcards or questions match your focus. Widen it in Settings.'
          : nextDue
            ? `Nothing is due. Your next item is due ${formatWhen(now, nextDue)}.`
            : settings.newPerDay === 0
              ? 'Nothing is due, and new items are set to 0 a day. Raise that limit in Settings to start on new items.'
              : `You’ve met today’s limit of ${String(settings.newPerDay)} new items. Come back tomorrow, or raise the limit in Settings.`}
      </p>
      <p className="button-row">
        {hasItems && (
          <Link className="button" to={`/exams/${slug}/practice`}>
            Take a practice exam
          </Link>
        )}
        <Link className="button button--quiet" to={`/exams/${slug}`}>
          Read the chapters
        </Link>
        {(chapter ? hasItems && !nextDue : !hasItems || !nextDue) && (
          <Link className="button button--quiet" to="/settings">
            {hasItems ? 'Raise the new-items limit' : 'Widen your focus'}
          </Link>
        )}
      </p>
    </section>
  );
}
