/** The fixed generated log the parity test and its reference are computed on. */
import { trainingItems, type TrainingItem } from '../../src/domain/optimiserData';
import { generateHistory } from '../support/reviewHistory';

export const PARITY_LOG = { rows: 4000, start: Date.UTC(2026, 0, 5) };

export function parityItems(): TrainingItem[] {
  const history = generateHistory(PARITY_LOG);
  return trainingItems(
    history.log.map((e) => ({ ...e, first: e.before === null })),
    (ms) => Math.floor((ms - 4 * 3_600_000) / 86_400_000),
  );
}
