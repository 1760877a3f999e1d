/** The settings form's fieldsets about how the learner studies: memory, limits, steps, keys. */
import { useId } from 'react';
import type { StudySettings } from '../../schema/study';
import type { StepsText } from '../../domain/settingsForm';

/** Changes one setting in the form's draft. */
export type SetSetting = <K extends keyof StudySettings>(key: K, value: StudySettings[K]) => void;

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * "Memory": the desired retention and what raising or lowering it costs, and whether
 * practice-exam answers feed the schedule too.
 */
export function MemoryFieldset({ draft, set }: { draft: StudySettings; set: SetSetting }) {
  const ids = { retention: useId(), note: useId(), examNote: useId() };
  return (
    <fieldset>
      <legend>Memory</legend>
      <label htmlFor={ids.retention} className="field-label">
        Desired retention: <strong>{Math.round(draft.retention * 100)}%</strong>
      </label>
      <input
        id={ids.retention}
        type="range"
        min={0.7}
        max={0.97}
        step={0.01}
        value={draft.retention}
        aria-describedby={ids.note}
        onChange={(e) => set('retention', Number(e.target.value))}
      />
      <p id={ids.note} className="field-note">
        The chance you still remember an item when it comes back. Higher retention means you forget
        less but see items more often, so each day holds more reviews; the last few percent cost the
        most. Lower retention means fewer reviews and more forgetting. 90% suits most learners;
        raise it in the final week before your exam.
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.examAnswersAsReviews}
          aria-describedby={ids.examNote}
          onChange={(e) => set('examAnswersAsReviews', e.target.checked)}
        />
        Count practice-exam answers as reviews (right = Good, wrong = Again)
      </label>
      <p id={ids.examNote} className="field-note">
        Each answered question then moves in your review schedule as if you had reviewed it.
        Statistics still tell exam answers from reviews.
      </p>
    </fieldset>
  );
}

/** "Daily limits": new items and reviews per day, and the hour a study day starts. */
export function DailyLimitsFieldset({ draft, set }: { draft: StudySettings; set: SetSetting }) {
  return (
    <fieldset>
      <legend>Daily limits</legend>
      <label className="field">
        <span className="field-label">New items per day</span>
        <input
          type="number"
          min={0}
          max={500}
          value={draft.newPerDay}
          onChange={(e) => set('newPerDay', Number(e.target.value))}
        />
      </label>
      <label className="field">
        <span className="field-label">Maximum reviews per day</span>
        <input
          type="number"
          min={1}
          max={5000}
          value={draft.maxReviewsPerDay}
          onChange={(e) => set('maxReviewsPerDay', Number(e.target.value))}
        />
      </label>
      <label className="field">
        <span className="field-label">A new day starts at</span>
        <select
          value={draft.dayStartHour}
          onChange={(e) => set('dayStartHour', Number(e.target.value))}
        >
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {String(h).padStart(2, '0')}:00
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

/** "Steps": the learning and relearning steps, typed as text. */
export function StepsFieldset({
  steps,
  onChange,
}: {
  steps: StepsText;
  onChange: (steps: StepsText) => void;
}) {
  return (
    <fieldset>
      <legend>Steps</legend>
      <label className="field">
        <span className="field-label">Learning steps</span>
        <input
          type="text"
          value={steps.learning}
          onChange={(e) => onChange({ ...steps, learning: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">Relearning steps</span>
        <input
          type="text"
          value={steps.relearning}
          onChange={(e) => onChange({ ...steps, relearning: e.target.value })}
        />
      </label>
      <p className="field-note">
        Short waits before an item’s first long interval, e.g. “1m 10m”. Units: m, h, d.
      </p>
    </fieldset>
  );
}

/** "Keyboard": single-key shortcuts while reviewing, on or off. */
export function KeyboardFieldset({ draft, set }: { draft: StudySettings; set: SetSetting }) {
  return (
    <fieldset>
      <legend>Keyboard</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.keyboardShortcuts}
          onChange={(e) => set('keyboardShortcuts', e.target.checked)}
        />
        Single-key shortcuts while reviewing (Space, Enter, 1–4, A–F, Z)
      </label>
      <p className="field-note">Turn them off if you use speech input or they get in your way.</p>
    </fieldset>
  );
}
