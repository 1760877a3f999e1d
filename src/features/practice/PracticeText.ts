/** How the practice-exam page words attempts: mode, date and time, scores. */
import type { ExamMode } from '../../schema/examAttempt';

export function modeLabel(mode: ExamMode): string {
  return mode === 'exam' ? 'Exam conditions' : 'Practice';
}

/** "23 Nov 2026, 14:05", in the learner's time zone. */
export function formatAttemptTime(at: number): string {
  const date = new Date(at);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time}`;
}

/** "78%" or "77.5%": a percent with its one stored decimal only when it has one. */
export function percentText(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}

/** correct / total as a whole percent, for a domain's line. */
export function shareText(correct: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((correct / total) * 100)}%`;
}
