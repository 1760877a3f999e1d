import { useMemo, useState, type ReactNode } from 'react';
import type { ScopedFields } from '../../domain/scope';
import type { Exam } from '../../schema/exam';
import { useProgressFigures } from '../../stores/progress/useProgressFigures';
import { Notice } from '../../ui/Notice';
import { ActivitySection } from './ActivitySection';
import { CalibrationSection } from './CalibrationSection';
import { ForecastSection } from './ForecastSection';
import { MasterySection } from './MasterySection';
import { PlanSection } from './PlanSection';
import { ReadinessSection } from './ReadinessSection';
import { RetentionSection } from './RetentionSection';
import { StatesSection } from './StatesSection';

/** Noon on a `YYYY-MM-DD` local date: any time on the exam's calendar day will do. */
export function examDateTime(date: string | null): number | null {
  if (date === null) return null;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12).getTime();
}

/**
 * Every section of the progress screen over `content` (the benchmark mounts it with generated
 * items). Each renders as soon as its figures arrive from the worker.
 */
export function ProgressScreen({
  exam,
  chapters,
  content,
  examDate,
  dateField,
}: {
  exam: Exam;
  chapters: readonly { id: string }[];
  content: { cards: ScopedFields[]; questions: ScopedFields[] };
  /** `YYYY-MM-DD` or null. */
  examDate: string | null;
  dateField: ReactNode;
}) {
  const [now] = useState(() => Date.now());
  const input = useMemo(
    () => ({ now, examDate: examDateTime(examDate), exam, chapters, content }),
    [now, examDate, exam, chapters, content],
  );
  const figures = useProgressFigures(input);
  const { states, practice, log, plan } = figures;
  return (
    <>
      {figures.error !== null && (
        <Notice kind="error" as="p">
          The figures could not be computed: {figures.error} Reload the page to try again.
        </Notice>
      )}
      <p className="visually-hidden" role="status">
        {figures.done ? 'All figures are ready.' : ''}
      </p>
      <div className="progress-grid">
        <ActivitySection log={log} />
        <ForecastSection states={states} />
        <RetentionSection log={log} states={states} />
        <StatesSection states={states} />
      </div>
      <MasterySection states={states} examSlug={exam.slug} />
      <div className="progress-grid">
        <ReadinessSection practice={practice} examId={exam.id} now={now} />
        <CalibrationSection practice={practice} />
      </div>
      <PlanSection plan={plan} states={states} dateField={dateField} hasDate={examDate !== null} />
    </>
  );
}
