/** The practice-exam setup form's controls, one component per choice. */
import { useId } from 'react';
import type { Exam } from '../../schema/exam';
import type { ExamMode } from '../../schema/examAttempt';

/** "Length": the full set the bank allows, then shorter sets. */
export function LengthChoices({
  lengths,
  value,
  onChange,
}: {
  lengths: readonly { value: number; label: string }[];
  value: number;
  onChange: (length: number) => void;
}) {
  return (
    <fieldset className="practice-choices">
      <legend>Length</legend>
      {lengths.map((l) => (
        <label key={l.value} className="practice-choice">
          <input
            type="radio"
            name="practice-length"
            value={l.value}
            checked={value === l.value}
            onChange={() => onChange(l.value)}
          />
          <span>{l.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** "Mode": exam conditions (timed at the real pace) or practice (each answer checked). */
export function ModeChoices({
  value,
  minutes,
  onChange,
}: {
  value: ExamMode;
  /** The time exam conditions allow for the chosen length. */
  minutes: number;
  onChange: (mode: ExamMode) => void;
}) {
  return (
    <fieldset className="practice-choices">
      <legend>Mode</legend>
      <label className="practice-choice">
        <input
          type="radio"
          name="practice-mode"
          value="exam"
          checked={value === 'exam'}
          onChange={() => onChange('exam')}
        />
        <span>
          <strong>Exam conditions:</strong> timed ({minutes} min for this length), answers at the
          end
        </span>
      </label>
      <label className="practice-choice">
        <input
          type="radio"
          name="practice-mode"
          value="practice"
          checked={value === 'practice'}
          onChange={() => onChange('practice')}
        />
        <span>
          <strong>Practice:</strong> untimed, each answer checked and explained
        </span>
      </label>
    </fieldset>
  );
}

/** One domain of the exam, or all of them (null). */
export function DomainChoice({
  exam,
  value,
  onChange,
}: {
  exam: Exam;
  value: number | null;
  onChange: (domain: number | null) => void;
}) {
  const id = useId();
  return (
    <div className="practice-field">
      <label htmlFor={id} className="practice-field__label">
        Domain
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">All domains</option>
        {exam.domains.map((d) => (
          <option key={d.number} value={d.number}>
            Domain {d.number}: {d.name} ({d.weight}%)
          </option>
        ))}
      </select>
    </div>
  );
}

/** Only questions never reviewed or answered before (by default they merely come first). */
export function UnseenChoice({
  value,
  onChange,
}: {
  value: boolean;
  onChange: (onlyUnseen: boolean) => void;
}) {
  const note = useId();
  return (
    <>
      <label className="practice-choice practice-choice--check">
        <input
          type="checkbox"
          checked={value}
          aria-describedby={note}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>Only questions I haven’t seen yet</span>
      </label>
      <p id={note} className="practice-note">
        Seen means reviewed, or answered in a practice exam. Without this, questions you haven’t
        seen still come first.
      </p>
    </>
  );
}
