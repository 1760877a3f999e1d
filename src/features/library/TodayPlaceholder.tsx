import type { Exam } from '../../schema/exam';
import { ExamCountdown } from './ExamCountdown';

const nothing = () => undefined;

/**
 * Where the Today panel and the exam block go, holding their place until the counts arrive from
 * IndexedDB: the same lines as the panel (title, counts, one note, the button) and the exam block
 * as a learner with no date sees it, laid out but not shown (and out of the tab order). It is
 * the same on the build machine and in the browser (no date, no clock), so hydration matches.
 */
export function TodayPlaceholder({ exam }: { exam: Exam }) {
  return (
    <div aria-hidden="true" className="today-placeholder">
      <div className="today today--loading">
        <div>
          <p className="today__title">Today</p>
          <p className="today__counts">&nbsp;</p>
          <p className="today__note">&nbsp;</p>
        </div>
        <span className="button">Start review</span>
      </div>
      <div className="today--loading" inert>
        <ExamCountdown
          exam={exam}
          date={null}
          daysLeft={null}
          today=""
          readiness={null}
          saveFailed={false}
          onSave={nothing}
        />
      </div>
    </div>
  );
}
