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
import { formatAgo } from '../../ui/format';
import { TodayPlaceholder } from './TodayPlaceholder';

/** "Today: 12 to review · 20 new" with a button into the review, on the exam's library page. */
export default function TodayPanel({ exam }: { exam: Exam }) {
  const [content, setContent] = useState<ContentItems | null>(null);
  const status = useStudyStore((s) => s.status);
  const settings = useStudyStore((s) => s.settings);
  const load = useStudyStore((s) => s.load);
  const lastBackupAt = useStudyStore((s) => s.lastBackupAt);
  const studiedCount = useStudyStore((s) => s.studiedIds.size);
  const [now] = useState(() => Date.now());

  useEffect(() => {
    void load(now);
    void loadItems().then((m) => setContent(m.default));
  }, [load, now]);

  const items = useMemo(
    () => (content ? studyItems(content, exam, settings) : []),
    [content, exam, settings],
  );
  const todayQueue = useTodayQueue(items, now);
  const queue = content && status !== 'idle' && status !== 'loading' ? todayQueue : null;

  if (!queue) return <TodayPlaceholder />;
  const due = queue.counts.learning + queue.counts.review;
  const reminder = status === 'ready' ? backupReminder(now, lastBackupAt, studiedCount) : null;
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
        {status === 'ready' && studiedCount === 0 && (
          <p className="today__note">
            Studied here before? <Link to="/data">Restore a backup</Link>
          </p>
        )}
        {/* One note line is always there (empty when there is nothing to say), so the panel is
            as tall as its placeholder. */}
        {!(status === 'ready' && studiedCount === 0) && !reminder && (
          <p className="today__note" aria-hidden="true">
            &nbsp;
          </p>
        )}
        {reminder && (
          <p className="today__note today__note--warn">
            {reminder === 'never'
              ? 'Your progress has no backup yet.'
              : `Last backup ${formatAgo(now, lastBackupAt ?? now)}.`}{' '}
            <Link to="/data">Back up now</Link>
          </p>
        )}
      </div>
      <Link className="button" to={`/exams/${exam.slug}/review`}>
        {due + queue.counts.new > 0 ? 'Start review' : 'Open review'}
      </Link>
    </section>
  );
}
