/**
 * Under today's counts on the exam page: the exam block. Its frame (heading, what a date does,
 * the way to the Progress screen) is the same for every learner, so it is prerendered and shown
 * at the first paint, and stays the same element when the rest fills in: the days to the exam
 * (or a way to set its date) and readiness at a glance (ExamDateStatus), which depend on this
 * device's IndexedDB.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Exam } from '../../schema/exam';

export function ExamCountdown({ exam, children }: { exam: Exam; children: ReactNode }) {
  return (
    <section className="exam-countdown" aria-labelledby="exam-countdown-heading">
      <h2 id="exam-countdown-heading" className="today__title">
        Your exam
      </h2>
      <p className="today__note">
        With an exam date, reviews are planned to it: what you would forget by then comes back in
        the last week, and new items stop when too few days are left to learn them.
      </p>
      {children}
      <p className="exam-countdown__link">
        <Link to={`/exams/${exam.slug}/progress`}>Progress and plan</Link>
      </p>
    </section>
  );
}
