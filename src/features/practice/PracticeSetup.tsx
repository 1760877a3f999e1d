/**
 * The form that starts a practice exam: how many questions, timed or not, one domain or all,
 * and whether to draw only questions never seen. The store draws and stores the attempt; the
 * form then opens it.
 */
import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { examDurationMs } from '../../domain/examTiming';
import type { Exam } from '../../schema/exam';
import type { ExamMode } from '../../schema/examAttempt';
import { summaries } from '../../stores/catalog';
import { usePracticeStore, type PracticeRequest } from '../../stores/practiceStore';
import { Notice } from '../../ui/Notice';
import { DomainChoice, LengthChoices, ModeChoices, UnseenChoice } from './PracticeChoices';

/** The lengths offered: the full set the bank allows, then 20 and 10 if shorter than that. */
function lengthsFor(exam: Exam): { value: number; label: string }[] {
  const full = Math.min(exam.questions, summaries[exam.id]?.questions ?? 0);
  if (full === 0) return [];
  return [
    { value: full, label: `Full set: ${full} question${full === 1 ? '' : 's'}` },
    ...[20, 10].filter((n) => n < full).map((n) => ({ value: n, label: `${n} questions` })),
  ];
}

type Problem = 'none-match' | 'failed';

const PROBLEMS: Record<Problem, string> = {
  'none-match':
    'No questions match these choices. Choose all domains, or include questions you have seen.',
  failed:
    'The practice exam could not be started: this browser’s storage is unavailable (private browsing, or site data blocked).',
};

/** Starts an attempt and opens it; while it starts the button is off, after a problem it is back. */
function useStartAttempt(exam: Exam) {
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const start = async (request: PracticeRequest) => {
    if (starting) return;
    setStarting(true);
    setProblem(null);
    let id: string | null = null;
    let failed = false;
    try {
      id = await usePracticeStore.getState().start(request, Date.now());
    } catch {
      failed = true;
    }
    if (id) return void navigate(`/exams/${exam.slug}/practice/${id}`);
    setProblem(failed ? 'failed' : 'none-match');
    setStarting(false);
    // Disabling the button moved focus to the page: give it back to the button.
    requestAnimationFrame(() => button.current?.focus());
  };
  return { start, starting, problem, button };
}

export function PracticeSetup({ exam }: { exam: Exam }) {
  const lengths = lengthsFor(exam);
  const [length, setLength] = useState(lengths[0]?.value ?? 0);
  const [mode, setMode] = useState<ExamMode>('exam');
  const [domain, setDomain] = useState<number | null>(null);
  const [onlyUnseen, setOnlyUnseen] = useState(false);
  const { start, starting, problem, button } = useStartAttempt(exam);
  const heading = useId();

  const onSubmit = (e: { preventDefault(): void }) => {
    e.preventDefault();
    void start({ exam, mode, length, domain, onlyUnseen });
  };

  return (
    <section className="practice-card practice-setup" aria-labelledby={heading}>
      <h2 id={heading}>Start a practice exam</h2>
      {lengths.length === 0 ? (
        <p>There are no questions for {exam.id} in the bank yet.</p>
      ) : (
        <form onSubmit={onSubmit}>
          <div className="practice-setup__choices">
            <LengthChoices lengths={lengths} value={length} onChange={setLength} />
            <ModeChoices
              value={mode}
              minutes={Math.round(examDurationMs(exam, length) / 60_000)}
              onChange={setMode}
            />
          </div>
          <DomainChoice exam={exam} value={domain} onChange={setDomain} />
          <UnseenChoice value={onlyUnseen} onChange={setOnlyUnseen} />
          {problem && (
            <Notice kind="error" as="p">
              {PROBLEMS[problem]}
            </Notice>
          )}
          <button ref={button} type="submit" className="button" disabled={starting}>
            {starting ? 'Starting…' : 'Start'}
          </button>
        </form>
      )}
    </section>
  );
}
