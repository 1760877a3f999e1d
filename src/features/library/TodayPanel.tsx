import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { loadItems } from 'virtual:content';
import type { ContentItems } from '../../schema/content';
import type { Exam } from '../../schema/exam';
import { studyItems } from '../../stores/catalog';
import { useStudyStore } from '../../stores/studyStore';
import { formatWhen } from '../../ui/time';
import { useTodayQueue } from '../../stores/useTodayQueue';
import { backupReminder } from '../../domain/backupReminder';
import { allowNewItems, calendarDateOf, studyDaysLeft } from '../../domain/examDateScheduling';
import { setExamDate, useExamDate, useExamDatesStore, useExamDay } from '../../stores/examDates';
import { useReadinessGlance } from '../../stores/useReadinessGlance';
import { formatAgo } from '../../ui/format';
import { ExamCountdown } from './ExamCountdown';
import { TodayPlaceholder } from './TodayPlaceholder';
import './library.css';

/**
 * On the exam's library page: "Today: 12 due · 20 new" with a button into the review (the exam
 * date's rules applied, as the review applies them), then the days to the exam, readiness at a
 * glance and the way to Progress (ExamCountdown).
 */
export default function TodayPanel({ exam }: { exam: Exam }) {
  const [content, setContent] = useState<ContentItems | null>(null);
  const status = useStudyStore((s) => s.status);
  const settings = useStudyStore((s) => s.settings);
  const load = useStudyStore((s) => s.load);
  const lastBackupAt = useStudyStore((s) => s.lastBackupAt);
  const studiedCount = useStudyStore((s) => s.studiedIds.size);
  const [now] = useState(() => Date.now());
  const date = useExamDate(exam.id);
  const { examDay, loaded: datesLoaded } = useExamDay(exam.id);
  const saveFailed = useExamDatesStore((s) => s.saveFailed);
  const readiness = useReadinessGlance(exam, content, examDay, now);

  useEffect(() => {
    void load(now);
    void loadItems().then((m) => setContent(m.default));
  }, [load, now]);

  const items = useMemo(
    () => (content ? studyItems(content, exam, settings) : []),
    [content, exam, settings],
  );
  const todayQueue = useTodayQueue(items, now, examDay);
  const queue =
    content && datesLoaded && status !== 'idle' && status !== 'loading' ? todayQueue : null;

  if (!queue) return <TodayPlaceholder exam={exam} />;
  const due = queue.counts.learning + queue.counts.review;
  const reminder = status === 'ready' ? backupReminder(now, lastBackupAt, studiedCount) : null;
  const { dayStartHour } = settings;
  const newPaused = examDay !== null && !allowNewItems({ now, examDate: examDay, dayStartHour });
  return (
    <>
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
      <ExamCountdown
        exam={exam}
        date={date}
        daysLeft={examDay === null ? null : studyDaysLeft(now, examDay, dayStartHour)}
        today={calendarDateOf(now)}
        readiness={readiness}
        saveFailed={saveFailed}
        onSave={(value) => void setExamDate(exam.id, value)}
      />
    </>
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
