/** Reads the facts registry (content/facts.yaml): every figure once, with its source and date. */
import { factSource, factText, type Fact } from '../../schema/fact.ts';
import { contentId } from '../../schema/ids.ts';
import type { Problems, SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { parseYaml, validateYaml, type ParsedYaml } from '../yamlSource.ts';

export function readFacts(source: SourceText, problems: Problems): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const parsed = parseYaml(source, source.text, 0, problems, 'YAML');
  if (!parsed) return facts;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.at(source, 0, E.FactsNotAMap);
    return facts;
  }
  for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!contentId.safeParse(id).success) {
      problems.at(source, parsed.locate([id]), E.InvalidFactId, { id });
      continue;
    }
    const sub: ParsedYaml = {
      value: raw,
      locate: (path, preferValue) => parsed.locate([id, ...path], preferValue),
    };
    const data = validateYaml(factSource, sub, source, problems, `fact "${id}"`);
    if (data) facts.set(id, { ...data, id, text: factText(data) });
  }
  return facts;
}
