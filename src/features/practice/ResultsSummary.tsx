/** The score against the rough pass line, what that line does and doesn't mean, and the figures. */
import { passNote, type AttemptResult } from '../../domain/examScoring';
import type { Exam } from '../../schema/exam';
import { plural } from '../../ui/format';
import { formatDuration } from '../../ui/time';
import { SCORE_ID } from './ResultsHeader';

/** Where the score sits against the pass line, in words: never "you passed". */
function verdict(result: AttemptResult, line: number): { text: string; side: 'above' | 'below' } {
  if (result.total === 0)
    return { text: 'No question was left to score, so there is no score.', side: 'below' };
  const where = !result.passedEstimate
    ? 'Below the rough pass line'
    : result.percent === line
      ? 'On the rough pass line'
      : 'Above the rough pass line';
  return { text: `${where} of ${String(line)}%.`, side: result.passedEstimate ? 'above' : 'below' };
}

export function ResultsSummary({ exam, result }: { exam: Exam; result: AttemptResult }) {
  const line = exam.passMark / 10;
  const { text, side } = verdict(result, line);
  const figures: [string, string][] = [
    ['Time spent', formatDuration(result.timeMs)],
    ['Average per question', result.total > 0 ? formatDuration(result.timeMs / result.total) : '–'],
    ['Unanswered', String(result.unanswered)],
    [
      'New to you',
      result.unseenTotal === 0
        ? 'none'
        : `${String(result.unseenTotal)} (${String(result.unseenCorrect)} right)`,
    ],
  ];
  return (
    <section className="results-score" aria-labelledby="results-score-heading">
      <h2 id="results-score-heading" className="visually-hidden">
        Score
      </h2>
      <div id={SCORE_ID}>
        <p className="results-score__figure">
          <span className="results-score__percent">{result.percent}%</span>{' '}
          <span className="results-score__count">
            {String(result.correct)} of {plural(result.total, 'question')} right
          </span>
        </p>
        <p className={`results-score__verdict results-score__verdict--${side}`}>{text}</p>
      </div>
      <ScoreScale percent={result.percent} line={line} />
      <p className="results-score__note small">
        {passNote(exam)} The questions here cover only the Lambda and serverless parts of the exam,
        so this score says nothing about the rest of it.
        {result.missing.length > 0 &&
          ` ${plural(result.missing.length, 'question')} had been removed from the course before you submitted and ${result.missing.length === 1 ? 'is' : 'are'} left out of the score.`}
      </p>
      <dl className="results-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The score as a bar with the pass line marked: a picture of the numbers above, hidden from AT. */
function ScoreScale({ percent, line }: { percent: number; line: number }) {
  return (
    <div className="results-scale" aria-hidden="true">
      <div className="results-scale__track">
        <span className="results-scale__fill" style={{ width: `${String(percent)}%` }} />
        <span className="results-scale__line" style={{ left: `${String(line)}%` }} />
      </div>
      <span
        className="results-scale__label"
        style={line > 50 ? { right: `${String(100 - line)}%` } : { left: `${String(line)}%` }}
      >
        pass line {line}%
      </span>
    </div>
  );
}
