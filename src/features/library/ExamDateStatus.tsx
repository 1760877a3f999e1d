/**
 * The exam block's own lines (inside ExamCountdown): the days to the exam or the field to set
 * its date, a failed save, and readiness for the exam's Lambda part at a glance.
 */
import { useState } from 'react';
import type { Readiness } from '../../domain/readiness';
import type { Exam } from '../../schema/exam';
import { ExamDateField } from '../../ui/ExamDateField';
import { formatDate } from '../../ui/format';

export interface ExamDateStatusProps {
  exam: Exam;
  /** The saved date ('YYYY-MM-DD') or null. */
  date: string | null;
  /** Study days to the exam day: 0 on the day, negative after it; null with no date. */
  daysLeft: number | null;
  today: string;
  readiness: Readiness | null;
  saveFailed: boolean;
  onSave: (date: string | null) => void;
}

export function ExamDateStatus(props: ExamDateStatusProps) {
  const { exam, date, daysLeft } = props;
  const [editing, setEditing] = useState(false);
  const save = (value: string | null) => {
    setEditing(false);
    props.onSave(value);
  };
  const field = (
    <ExamDateField
      value={date}
      today={props.today}
      onSave={save}
      onClear={() => save(null)}
      label={`${exam.id} exam date`}
      {...(editing ? { onCancel: () => setEditing(false) } : {})}
    />
  );
  return (
    <div className="exam-countdown__status">
      {date === null || daysLeft === null ? (
        <>
          <p className="exam-countdown__lead">Set your exam date</p>
          {field}
        </>
      ) : editing ? (
        field
      ) : (
        <div className="exam-countdown__row">
          <p className="exam-countdown__lead" role="status">
            {daysLeftText(daysLeft, date)}
          </p>
          <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            Change date
          </button>
        </div>
      )}
      {props.saveFailed && (
        <p className="today__note today__note--warn">
          The date could not be saved on this device; it holds until you close this tab.
        </p>
      )}
      <ReadinessGlance readiness={props.readiness} />
    </div>
  );
}

const nothing = () => undefined;

/**
 * The exam block's lines as a learner with no date sees them, laid out but not shown (and out of
 * the tab order), until the date is read from IndexedDB. The same on the build machine and in
 * the browser (no date, no clock), so hydration matches.
 */
export function ExamDateStatusPlaceholder({ exam }: { exam: Exam }) {
  return (
    <div className="today--loading" aria-hidden="true" inert>
      <ExamDateStatus
        exam={exam}
        date={null}
        daysLeft={null}
        today=""
        readiness={null}
        saveFailed={false}
        onSave={nothing}
      />
    </div>
  );
}

function daysLeftText(daysLeft: number, date: string): string {
  const on = formatDate(date);
  if (daysLeft < 0) return `Your exam date, ${on}, has passed. Set the next one if you have it.`;
  if (daysLeft === 0) return `Your exam is today, ${on}. Good luck!`;
  if (daysLeft === 1) return `1 day to your exam, tomorrow (${on})`;
  return `${daysLeft} days to your exam on ${on}`;
}

const percent = (x: number) => `${Math.round(x * 100)} %`;

/** "Readiness 64 % (likely 55–72 %)", or what to do to get a figure. */
function ReadinessGlance({ readiness }: { readiness: Readiness | null }) {
  if (!readiness)
    return (
      <p className="today__note exam-countdown__readiness" aria-busy="true">
        Readiness: working it out…
      </p>
    );
  if (!readiness.enoughData)
    return (
      <p className="today__note exam-countdown__readiness">
        Readiness (Lambda part): {readiness.need}
      </p>
    );
  const { mean, low, high } = readiness.overall;
  return (
    <p className="exam-countdown__readiness">
      Readiness (Lambda part): <strong>{percent(mean)}</strong>{' '}
      <span className="muted">
        (likely {Math.round(low * 100)}–{percent(high)})
      </span>
    </p>
  );
}
