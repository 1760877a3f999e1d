/**
 * The exam date, as a labelled date input with Save and Clear. Presentational: the value and what
 * saving does come in as props (the Today panel and the Progress screen share it). A date before
 * today is allowed (the learner may record an exam just taken) but flagged; text that is not a
 * date is refused with a sentence saying what to type.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { isCalendarDate } from '../schema/calendarDate';
import './examDateField.css';

export interface ExamDateFieldProps {
  /** The saved date ('YYYY-MM-DD') or null. */
  value: string | null;
  /** Today's local calendar date ('YYYY-MM-DD'), to flag a date that has passed. */
  today: string;
  onSave: (date: string) => void;
  onClear: () => void;
  label?: string;
  /** A write is under way: the buttons wait. */
  busy?: boolean;
  /** Cancel: shown when the field was opened to change a saved date. */
  onCancel?: () => void;
}

export function ExamDateField(props: ExamDateFieldProps) {
  const { value, today, busy = false } = props;
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const shown = draft.trim();
  const past = isCalendarDate(shown) && shown < today;

  const save = (event: SyntheticEvent) => {
    event.preventDefault();
    if (shown === '') {
      setError('Choose a date first: pick it, or type it as YYYY-MM-DD (for example 2027-01-15).');
      return;
    }
    if (!isCalendarDate(shown)) {
      setError(`“${shown}” is not a date. Type it as YYYY-MM-DD, for example 2027-01-15.`);
      return;
    }
    setError(null);
    props.onSave(shown);
  };

  const describedBy = [error ? `${id}-error` : null, past ? `${id}-past` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <form className="exam-date-field" onSubmit={save} noValidate>
      <label className="exam-date-field__label" htmlFor={`${id}-input`}>
        {props.label ?? 'Exam date'}
      </label>
      <div className="exam-date-field__row">
        <input
          id={`${id}-input`}
          type="date"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        <button type="submit" className="button" disabled={busy}>
          Save date
        </button>
        {value !== null && (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => {
              setDraft('');
              setError(null);
              props.onClear();
            }}
          >
            Clear date
          </button>
        )}
        {props.onCancel && (
          <button type="button" className="button button--quiet" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="exam-date-field__error" role="alert">
          {error}
        </p>
      )}
      {past && !error && (
        <p id={`${id}-past`} className="exam-date-field__past">
          This date has passed: the review schedule runs as normal. Set your next exam date, or
          clear it.
        </p>
      )}
    </form>
  );
}
