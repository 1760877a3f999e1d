import { MATURE_DAYS, type StateCounts } from '../../domain/progressStats';
import type { StatesFigures } from '../../stores/progress/progressMessages';
import { Section } from './Section';

const COLUMNS = [
  ['new', 'New'],
  ['learning', 'Learning'],
  ['review', 'Review'],
  ['mature', 'Mature'],
] as const;

/** Cards and questions by memory state: a stacked bar each, and the counts as a table. */
export function StatesSection({ states }: { states: StatesFigures | null }) {
  return (
    <Section title="Items by state" ready={states !== null}>
      {states && (
        <>
          <StateBar label="Flashcards" counts={states.byState.card} />
          <StateBar label="Questions" counts={states.byState.question} />
          <table className="progress-table">
            <caption className="visually-hidden">Items by state</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Flashcards</th>
                <th scope="col">Questions</th>
              </tr>
            </thead>
            <tbody>
              {[...COLUMNS, ['total', 'All'] as const].map(([key, name]) => (
                <tr key={key}>
                  <th scope="row">
                    {key !== 'total' && (
                      <span className={`state-key state-key--${key}`} aria-hidden="true" />
                    )}{' '}
                    {name}
                  </th>
                  <td>{states.byState.card[key]}</td>
                  <td>{states.byState.question[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            Learning: in its first steps or relearning after a lapse. Mature: remembered for{' '}
            {MATURE_DAYS} days or more (FSRS stability).
          </p>
        </>
      )}
    </Section>
  );
}

/** A horizontal bar split by state; decorative (the table carries the figures). */
function StateBar({ label, counts }: { label: string; counts: StateCounts }) {
  return (
    <div className="state-bar" aria-hidden="true">
      <span className="state-bar__label">{label}</span>
      <span className="state-bar__track">
        {COLUMNS.map(([key]) =>
          counts[key] > 0 ? (
            <span
              key={key}
              className={`state-bar__part state-key--${key}`}
              style={{ flexGrow: counts[key] }}
            />
          ) : null,
        )}
      </span>
    </div>
  );
}
