/**
 * Writes `reference-parameters.json`: what the reference optimiser (the native Node binding of
 * fsrs-rs, @open-spaced-repetition/binding) fits on the parity test's fixed generated log. The
 * binding is not a project dependency (its optional per-platform packages break `npm ci`: the
 * wasm32-wasi build it lists has no 0.5.0 release), so install it only to regenerate:
 *
 *   npm install --no-save @open-spaced-repetition/binding@0.5.0 && npx tsx test/optimiser/makeReference.ts
 *
 * Regenerate whenever the generator (test/support/reviewHistory.ts) or the item builder changes;
 * parity.test.ts checks the item count it was made from.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parityItems, PARITY_LOG } from './parityLog';

/** The part of the binding's API used here (it is installed only to regenerate the file). */
interface Binding {
  FSRSBindingReview: new (rating: number, deltaT: number) => object;
  FSRSBindingItem: new (reviews: object[]) => object;
  computeParameters: (items: object[], options: { enableShortTerm: boolean }) => Promise<number[]>;
}
const bindingName = '@open-spaced-repetition/binding';
const { computeParameters, FSRSBindingItem, FSRSBindingReview } = (await import(
  bindingName
)) as Binding;

const items = parityItems();
const binding = items.map(
  ({ history }) => new FSRSBindingItem(history.map(([r, d]) => new FSRSBindingReview(r, d))),
);
const parameters = await computeParameters(binding, { enableShortTerm: true });
const out = {
  reference: '@open-spaced-repetition/binding 0.5.0 computeParameters({ enableShortTerm: true })',
  generated: new Date().toISOString().slice(0, 10),
  log: PARITY_LOG,
  items: items.length,
  parameters,
};
writeFileSync(
  join(import.meta.dirname, 'reference-parameters.json'),
  `${JSON.stringify(out, null, 2)}\n`,
);
console.log(`${items.length} items → ${parameters.length} parameters`);
