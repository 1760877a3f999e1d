/**
 * The results of a submitted practice exam. Everything shown comes from the result frozen with
 * the attempt at submission (never recomputed, so a later content edit cannot change a past
 * score); the bank as it is now only supplies the question text for the review.
 */
import type { Exam } from '../../schema/exam';
import { usePracticeStore } from '../../stores/practiceStore';
import { ResultsActions } from './ResultsActions';
import { ResultsBreakdown } from './ResultsBreakdown';
import { ResultsHeader } from './ResultsHeader';
import { ResultsReview } from './ResultsReview';
import { ResultsSummary } from './ResultsSummary';
import './results.css';

export function ExamResults({ exam }: { exam: Exam }) {
  const attempt = usePracticeStore((s) => s.attempt);
  const questions = usePracticeStore((s) => s.questions);
  const result = attempt?.result;

  if (!attempt || !result)
    return (
      <div className="page narrow">
        <ResultsHeader exam={exam} attempt={null} result={null} />
        <p>This attempt has no stored result, so there is nothing to show.</p>
      </div>
    );
  return (
    <div className="page results">
      <ResultsHeader exam={exam} attempt={attempt} result={result} />
      <ResultsSummary exam={exam} result={result} />
      <ResultsActions exam={exam} result={result} />
      <ResultsBreakdown result={result} />
      <ResultsReview attempt={attempt} result={result} questions={questions} />
    </div>
  );
}
