/**
 * The exam block's own lines with this device's data: the exam date (IndexedDB), the days left
 * (at the learner's study-day hour) and readiness, which is worked out once the items' keys are
 * here. Shows the placeholder until the date and the settings have been read, so the lines
 * come in together and nothing moves.
 */
import { useState } from 'react';
import type { Exam } from '../../schema/exam';
import { calendarDateOf, studyDaysLeft } from '../../domain/examDateScheduling';
import { setExamDate, useExamDate, useExamDatesStore, useExamDay } from '../../stores/examDates';
import { useReadinessGlance } from '../../stores/useReadinessGlance';
import { useStudyStore } from '../../stores/studyStore';
import { ExamDateStatus, ExamDateStatusPlaceholder } from './ExamDateStatus';
import { useStudyContent } from './useStudyContent';

export default function ExamDateLive({ exam }: { exam: Exam }) {
  const [now] = useState(() => Date.now());
  const content = useStudyContent(now);
  const status = useStudyStore((s) => s.status);
  const dayStartHour = useStudyStore((s) => s.settings.dayStartHour);
  const date = useExamDate(exam.id);
  const { examDay, loaded } = useExamDay(exam.id);
  const saveFailed = useExamDatesStore((s) => s.saveFailed);
  const readiness = useReadinessGlance(exam, content, examDay, now);

  if (!loaded || status === 'idle' || status === 'loading')
    return <ExamDateStatusPlaceholder exam={exam} />;
  return (
    <ExamDateStatus
      exam={exam}
      date={date}
      daysLeft={examDay === null ? null : studyDaysLeft(now, examDay, dayStartHour)}
      today={calendarDateOf(now)}
      readiness={readiness}
      saveFailed={saveFailed}
      onSave={(value) => void setExamDate(exam.id, value)}
    />
  );
}
