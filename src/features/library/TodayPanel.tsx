import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Exam } from '../../schema/exam';
import { studyItemKeys } from '../../stores/catalog';
import { useStudyStore } from '../../stores/studyStore';
import { formatWhen } from '../../ui/time';
import { useTodayQueue } from '../../stores/useTodayQueue';
import { backupReminder } from '../../domain/backupReminder';
import { allowNewItems } from '../../domain/examDateScheduling';
import { useExamDay } from '../../stores/examDates';
import { formatAgo } from '../../ui/format';
import { TodayPlaceholder } from './TodayPlaceholder';
import { useStudyContent } from './useStudyContent';
import './library.css';

/**
 * On the exam's library page: "Today: 12 due · 20 new" with a button into the review (the exam
 * date's rules applied, as the review applies them). The exam block under it fills in on its
 * own (ExamDateLive).
 */
export default function TodayPanel({ exam }: { exam: Exam }) {
  const status = useStudyStore((s) => s.status);
  const settings = useStudyStore((s) => s.settings);
  const lastBackupAt = useStudyStore((s) => s.lastBackupAt);
  const studiedCount = useStudyStore((s) => s.studiedIds.size);
  const [now] = useState(() => Date.now());
  const content = useStudyContent(now);
  const { examDay, loaded: datesLoaded } = useExamDay(exam.id);

  const items = useMemo(
    () => (content ? studyItemKeys(content, exam, settings) : []),
    [content, exam, settings],
  );
  const todayQueue = useTodayQueue(items, now, examDay);
  const queue =
    content && datesLoaded && status !== 'idle' && status !== 'loading' ? todayQueue : null;

  if (!queue) return <TodayPlaceholder />;
  const due = queue.counts.learning + queue.counts.review;
  const reminder = status === 'ready' ? backupReminder(now, lastBackupAt, studiedCount) : null;
  const { dayStartHour } = settings;
  const newPaused = examDay !== null && !allowNewItems({ now, examDate: examDay, dayStartHour });
  return (
    <section className="today" aria-labelledby="today-heading">
      <div>
        <h2 id="today-heading" className="today__title">
          Today
        </h2>
        <p className="today__counts">
          <strong>{due}</strong> due · <strong>{queue.counts.new}</strong> new
          {due + queue.counts.new === 0 && queue.nextDue
            ? ` · next ${formatWhen(now, queue.nextDue)}`
            : ''}
        </p>
        <TodayNotes
          newPaused={newPaused}
          firstVisit={status === 'ready' && studiedCount === 0}
          reminder={
            reminder &&
            (reminder === 'never'
              ? 'Your progress has no backup yet.'
              : `Last backup ${formatAgo(now, lastBackupAt ?? now)}.`)
          }
        />
      </div>
      <Link className="button" to={`/exams/${exam.slug}/review`}>
        {due + queue.counts.new > 0 ? 'Start review' : 'Open review'}
      </Link>
    </section>
  );
}

/**
 * The notes under today's counts: why no new items come in, a restore hint on a first visit, the
 * backup reminder's sentence (null: none). One line is always there, empty when there is nothing
 * to say, so the panel is as tall as its placeholder.
 */
function TodayNotes(props: { newPaused: boolean; firstVisit: boolean; reminder: string | null }) {
  const { newPaused, firstVisit, reminder } = props;
  return (
    <>
      {newPaused && (
        <p className="today__note">
          No new items now: too few days are left before the exam to learn them.
        </p>
      )}
      {firstVisit && (
        <p className="today__note">
          Studied here before? <Link to="/data">Restore a backup</Link>
        </p>
      )}
      {!newPaused && !firstVisit && !reminder && (
        <p className="today__note" aria-hidden="true">
          &nbsp;
        </p>
      )}
      {reminder && (
        <p className="today__note today__note--warn">
          {reminder} <Link to="/data">Back up now</Link>
        </p>
      )}
    </>
  );
}
