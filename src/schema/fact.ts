/** The facts registry (`content/facts.yaml`): each Lambda figure, defined once, with its source. */
import './jitless.ts';
import { z } from 'zod';
import { isoDate } from './ids.ts';

export const factSource = z.strictObject({
  label: z.string().min(1),
  value: z.union([z.number(), z.string().min(1)]),
  unit: z.string().min(1).optional(),
  display: z.string().min(1).optional(),
  source: z.url().refine((u) => u.startsWith('https://'), 'use an https:// link'),
  verified: isoDate,
  previous: z
    .strictObject({
      value: z.union([z.number(), z.string().min(1)]),
      changed: z
        .string()
        .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write when it changed as YYYY-MM or YYYY-MM-DD'),
    })
    .optional(),
});

export type FactSource = z.infer<typeof factSource>;

export interface Fact extends FactSource {
  id: string;
  /** How the fact reads inside a sentence. */
  text: string;
}

/** How a fact reads in a sentence: `display` if given, else the value (grouped) and unit. */
export function factText(fact: FactSource): string {
  if (fact.display) return fact.display;
  const value = typeof fact.value === 'number' ? fact.value.toLocaleString('en-US') : fact.value;
  return fact.unit ? `${value} ${fact.unit}` : value;
}
