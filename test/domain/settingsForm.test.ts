/** The settings form's values checked and turned into study settings. */
import { describe, expect, it } from 'vitest';
import { settingsFromForm, stepsText } from '../../src/domain/settingsForm';
import { DEFAULT_SETTINGS } from '../../src/schema/study';

describe('settings form', () => {
  it('shows the steps as text and reads them back, split on spaces or commas', () => {
    expect(stepsText(DEFAULT_SETTINGS)).toEqual({ learning: '1m 10m', relearning: '10m' });
    expect(
      settingsFromForm(DEFAULT_SETTINGS, { learning: ' 1m,  10m ,1h', relearning: '' }),
    ).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, learningSteps: ['1m', '10m', '1h'], relearningSteps: [] },
    });
  });

  it('names the setting that is wrong', () => {
    expect(settingsFromForm(DEFAULT_SETTINGS, { learning: '1x', relearning: '10m' })).toEqual({
      ok: false,
      error: 'learningSteps: write steps like 1m, 10m, 1h or 1d',
    });
    const result = settingsFromForm(
      { ...DEFAULT_SETTINGS, newPerDay: -1 },
      stepsText(DEFAULT_SETTINGS),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^newPerDay: /);
  });
});
