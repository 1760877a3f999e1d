import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { studySettings, type StudySettings } from '../../schema/study';
import { storageReport, type StorageReport } from '../../stores/persistence';
import { formatBytes } from '../../ui/format';
import { usePageTitle } from '../../ui/usePageTitle';
import { chaptersForExam, examById } from '../../stores/catalog';
import { useExamStore } from '../../stores/examStore';
import { useStudyStore } from '../../stores/studyStore';
import './settings.css';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Study settings: retention, daily limits, steps, the day boundary, focus and shortcuts. */
export function SettingsPage() {
  usePageTitle('Settings');
  const status = useStudyStore((s) => s.status);
  const saved = useStudyStore((s) => s.settings);
  const load = useStudyStore((s) => s.load);

  useEffect(() => {
    void load(Date.now());
  }, [load]);

  if (status === 'idle' || status === 'loading') {
    return (
      <div className="page narrow">
        <h1>Study settings</h1>
        <p role="status">Loading…</p>
      </div>
    );
  }
  return <SettingsForm saved={saved} unavailable={status === 'unavailable'} />;
}

function SettingsForm({ saved, unavailable }: { saved: StudySettings; unavailable: boolean }) {
  const updateSettings = useStudyStore((s) => s.updateSettings);
  const exam = examById(useExamStore((s) => s.examId));
  const [draft, setDraft] = useState<StudySettings>(saved);
  const [stepsText, setStepsText] = useState({
    learning: saved.learningSteps.join(' '),
    relearning: saved.relearningSteps.join(' '),
  });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const ids = { retention: useId(), note: useId() };

  const set = <K extends keyof StudySettings>(key: K, value: StudySettings[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setMessage(null);
  };
  const toggle = <T,>(list: readonly T[], value: T) =>
    list.includes(value) ? list.filter((x) => x !== value) : [...list, value];

  const onSubmit = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    const candidate = {
      ...draft,
      learningSteps: stepsText.learning.split(/[\s,]+/).filter(Boolean),
      relearningSteps: stepsText.relearning.split(/[\s,]+/).filter(Boolean),
    };
    const parsed = studySettings.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setMessage({
        kind: 'error',
        text: `${String(issue?.path[0] ?? 'A setting')}: ${issue?.message ?? 'invalid value'}`,
      });
      return;
    }
    try {
      await updateSettings(parsed.data);
      setMessage({ kind: 'ok', text: 'Settings saved.' });
    } catch {
      setMessage({ kind: 'error', text: 'Settings could not be saved. Try again.' });
    }
  };

  const chapters = exam ? chaptersForExam(exam.id) : [];
  return (
    <div className="page narrow settings">
      <h1>Study settings</h1>
      {unavailable && (
        <p className="notice notice--error" role="alert">
          Storage is unavailable in this browser: changes last only until you close the tab.
        </p>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
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
            The chance you still remember an item when it comes back. Higher retention means you
            forget less but see items more often, so each day holds more reviews; the last few
            percent cost the most. Lower retention means fewer reviews and more forgetting. 90%
            suits most learners; raise it in the final week before your exam.
          </p>
        </fieldset>

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

        <fieldset>
          <legend>Steps</legend>
          <label className="field">
            <span className="field-label">Learning steps</span>
            <input
              type="text"
              value={stepsText.learning}
              onChange={(e) => setStepsText((s) => ({ ...s, learning: e.target.value }))}
            />
          </label>
          <label className="field">
            <span className="field-label">Relearning steps</span>
            <input
              type="text"
              value={stepsText.relearning}
              onChange={(e) => setStepsText((s) => ({ ...s, relearning: e.target.value }))}
            />
          </label>
          <p className="field-note">
            Short waits before an item’s first long interval, e.g. “1m 10m”. Units: m, h, d.
          </p>
        </fieldset>

        {exam && (
          <fieldset>
            <legend>Focus within {exam.id}</legend>
            <p className="field-note">Leave everything unticked to study the whole exam.</p>
            <p className="field-label">Domains</p>
            {exam.domains.map((d) => (
              <label key={d.number} className="check">
                <input
                  type="checkbox"
                  checked={draft.focusDomains.includes(d.number)}
                  onChange={() => set('focusDomains', toggle(draft.focusDomains, d.number))}
                />
                {d.number}. {d.name}
              </label>
            ))}
            <p className="field-label">Chapters (flashcards linked to them)</p>
            {chapters.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.focusChapters.includes(c.id)}
                  onChange={() => set('focusChapters', toggle(draft.focusChapters, c.id))}
                />
                {c.title}
              </label>
            ))}
          </fieldset>
        )}

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
          <p className="field-note">
            Turn them off if you use speech input or they get in your way.
          </p>
        </fieldset>

        <div className="study-actions">
          <button type="submit" className="button">
            Save settings
          </button>
          {exam && (
            <Link className="button button--quiet" to={`/exams/${exam.slug}/review`}>
              Back to review
            </Link>
          )}
        </div>
        <p
          role={message?.kind === 'error' ? 'alert' : 'status'}
          className={message?.kind === 'error' ? 'field-error' : 'field-ok'}
        >
          {message?.text}
        </p>
      </form>
      <StorageSummary />
    </div>
  );
}

/** Whether the browser keeps the app's data and how much it uses; details live on /data. */
function StorageSummary() {
  const [report, setReport] = useState<StorageReport | null>(null);
  useEffect(() => {
    let live = true;
    void storageReport().then((r) => {
      if (live) setReport(r);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="settings-storage" aria-labelledby="settings-storage-h">
      <h2 id="settings-storage-h">Your data</h2>
      {report && (
        <p>
          {report.persisted === null
            ? 'This browser does not say whether it keeps the app’s data.'
            : report.persisted
              ? 'Stored persistently: the browser won’t clear it to free space.'
              : 'Not stored persistently: the browser may clear it when space runs low.'}
          {report.usage !== null ? ` ${formatBytes(report.usage)} used.` : ''}
        </p>
      )}
      <p>
        <Link to="/data">Back up, restore or reset your progress</Link>
      </p>
    </section>
  );
}
