/**
 * The settings form's values turned into study settings: the steps typed as text become lists,
 * and the whole is checked against the schema. A problem comes back as one line naming the
 * setting, for the form to show.
 */
import { studySettings, type StudySettings } from '../schema/study';

/** The steps fields as typed, e.g. "1m 10m" (spaces or commas between steps). */
export interface StepsText {
  learning: string;
  relearning: string;
}

export type SettingsFormResult =
  { ok: true; settings: StudySettings } | { ok: false; error: string };

/** The steps of a settings value as the form shows them. */
export function stepsText(settings: StudySettings): StepsText {
  return {
    learning: settings.learningSteps.join(' '),
    relearning: settings.relearningSteps.join(' '),
  };
}

const stepList = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** Checks the form's values; the error reads "learningSteps: write steps like 1m, …". */
export function settingsFromForm(draft: StudySettings, steps: StepsText): SettingsFormResult {
  const parsed = studySettings.safeParse({
    ...draft,
    learningSteps: stepList(steps.learning),
    relearningSteps: stepList(steps.relearning),
  });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `${String(issue?.path[0] ?? 'A setting')}: ${issue?.message ?? 'invalid value'}`,
  };
}
