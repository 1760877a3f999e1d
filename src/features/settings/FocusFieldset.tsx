import type { StudySettings } from '../../schema/study';
import type { Exam } from '../../schema/exam';
import { chaptersForExam } from '../../stores/catalog';
import type { SetSetting } from './StudyFieldsets';

/** The list with `value` added, or removed if it was there. */
const toggle = <T,>(list: readonly T[], value: T) =>
  list.includes(value) ? list.filter((x) => x !== value) : [...list, value];

/** "Focus within <exam>": the domains and chapters to study; none ticked means all of them. */
export function FocusFieldset({
  exam,
  draft,
  set,
}: {
  exam: Exam;
  draft: StudySettings;
  set: SetSetting;
}) {
  const chapters = chaptersForExam(exam.id);
  return (
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
  );
}
