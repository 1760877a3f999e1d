import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { StudySettings } from '../../schema/study';
import { settingsFromForm, stepsText, type StepsText } from '../../domain/settingsForm';
import { Notice } from '../../ui/Notice';
import { usePageTitle } from '../../ui/usePageTitle';
import { examById } from '../../stores/catalog';
import { useExamStore } from '../../stores/examStore';
import { useStudyStore } from '../../stores/studyStore';
import { FocusFieldset } from './FocusFieldset';
import { OptimiserPanel } from './OptimiserPanel';
import { StorageSummary } from './StorageSummary';
import {
  DailyLimitsFieldset,
  KeyboardFieldset,
  MemoryFieldset,
  StepsFieldset,
  type SetSetting,
} from './StudyFieldsets';
import './settings.css';

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

/** The settings as a form: edited as a draft, checked and saved together. */
function SettingsForm({ saved, unavailable }: { saved: StudySettings; unavailable: boolean }) {
  const updateSettings = useStudyStore((s) => s.updateSettings);
  const exam = examById(useExamStore((s) => s.examId));
  const [draft, setDraft] = useState<StudySettings>(saved);
  const [steps, setSteps] = useState<StepsText>(() => stepsText(saved));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const set: SetSetting = (key, value) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setMessage(null);
  };

  const onSubmit = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    const checked = settingsFromForm(draft, steps);
    if (!checked.ok) return setMessage({ kind: 'error', text: checked.error });
    try {
      // The memory model's parameters change only through its own panel (applied by a worker).
      const { fsrsParameters, fsrsRevert } = useStudyStore.getState().settings;
      await updateSettings({ ...checked.settings, fsrsParameters, fsrsRevert });
      setMessage({ kind: 'ok', text: 'Settings saved.' });
    } catch {
      setMessage({ kind: 'error', text: 'Settings could not be saved. Try again.' });
    }
  };

  return (
    <div className="page narrow settings">
      <h1>Study settings</h1>
      {unavailable && (
        <Notice kind="error" as="p">
          Storage is unavailable in this browser: changes last only until you close the tab.
        </Notice>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <MemoryFieldset draft={draft} set={set} />
        <DailyLimitsFieldset draft={draft} set={set} />
        <StepsFieldset steps={steps} onChange={setSteps} />
        {exam && <FocusFieldset exam={exam} draft={draft} set={set} />}
        <KeyboardFieldset draft={draft} set={set} />
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
      {!unavailable && <OptimiserPanel />}
      <StorageSummary />
    </div>
  );
}
