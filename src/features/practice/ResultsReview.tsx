/**
 * Every question of the attempt in the order shown, each opening to the learner's answer and the
 * right one, explained. Filters narrow the list to the wrong, flagged or unanswered ones. A
 * question removed from the course since is still listed, by id and the title it had then.
 */
import { useState } from 'react';
import type { AttemptResult, QuestionResult } from '../../domain/examScoring';
import type { Question } from '../../schema/content';
import type { ExamAttempt } from '../../schema/examAttempt';
import { plural } from '../../ui/format';
import { ResultsQuestion, type ReviewEntry } from './ResultsQuestion';

type Filter = 'all' | 'wrong' | 'flagged' | 'unanswered';

const FILTERS: { value: Filter; label: string; keep: (q: QuestionResult) => boolean }[] = [
  { value: 'all', label: 'All', keep: () => true },
  { value: 'wrong', label: 'Wrong', keep: (q) => q.answered && !q.correct },
  { value: 'flagged', label: 'Flagged', keep: (q) => q.flagged },
  { value: 'unanswered', label: 'Unanswered', keep: (q) => !q.answered },
];

/** The attempt's questions joined with their frozen outcome and the bank's text now. */
function reviewEntries(
  attempt: ExamAttempt,
  result: AttemptResult,
  questions: ReadonlyMap<string, Question>,
): ReviewEntry[] {
  const outcomes = new Map(result.perQuestion.map((q) => [q.id, q]));
  const missing = new Set(result.missing);
  return attempt.questions.map((shown, i) => {
    const outcome = missing.has(shown.id) ? undefined : outcomes.get(shown.id);
    return {
      number: i + 1,
      id: shown.id,
      title: shown.title,
      optionOrder: shown.optionOrder,
      outcome,
      question: outcome ? questions.get(shown.id) : undefined,
    };
  });
}

/** A question removed before submission has no outcome: it is listed under All only. */
function shows(filter: Filter, { outcome }: ReviewEntry): boolean {
  if (filter === 'all') return true;
  const keep = FILTERS.find((f) => f.value === filter)?.keep;
  return outcome !== undefined && keep !== undefined && keep(outcome);
}

export function ResultsReview(props: {
  attempt: ExamAttempt;
  result: AttemptResult;
  questions: ReadonlyMap<string, Question>;
}) {
  const entries = reviewEntries(props.attempt, props.result, props.questions);
  const [filter, setFilter] = useState<Filter>('all');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const shown = entries.filter((e) => shows(filter, e));
  const openable = shown.filter((e) => e.question).map((e) => e.id);
  const allOpen = openable.length > 0 && openable.every((id) => open.has(id));
  const label = FILTERS.find((f) => f.value === filter)?.label.toLowerCase() ?? '';

  const toggle = (id: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section className="results-review" aria-labelledby="results-review-heading">
      <h2 id="results-review-heading">Review every question</h2>
      <div className="results-filters" role="group" aria-label="Show questions">
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            className="results-filter"
            aria-pressed={filter === f.value}
            onClick={() => setFilter(f.value)}
          >
            {f.label}{' '}
            <span className="results-filter__count">
              {entries.filter((e) => shows(f.value, e)).length}
            </span>
          </button>
        ))}
      </div>
      <div className="results-review__bar">
        <p role="status" className="results-review__status">
          {shown.length === 0
            ? `No ${label} questions.`
            : filter === 'all'
              ? `Showing all ${plural(shown.length, 'question')}.`
              : `Showing ${String(shown.length)} ${label} of ${plural(entries.length, 'question')}.`}
        </p>
        {openable.length > 0 && (
          <button
            type="button"
            className="button button--quiet results-review__expand"
            onClick={() => setOpen(allOpen ? new Set() : new Set([...open, ...openable]))}
          >
            {allOpen ? 'Close all' : 'Open all'}
          </button>
        )}
      </div>
      <ul className="results-list">
        {shown.map((entry) => (
          <ResultsQuestion
            key={entry.id}
            entry={entry}
            open={open.has(entry.id)}
            onToggle={() => toggle(entry.id)}
          />
        ))}
      </ul>
    </section>
  );
}
