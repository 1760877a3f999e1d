/** Reads the registry every other file is checked against: the exam files and facts.yaml. */
import type { Fact } from '../../schema/fact.ts';
import { Problems, SourceText, type Problem } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import type { Registry } from './context.ts';
import { readExams } from './exams.ts';
import { readFacts } from './facts.ts';

export function readRegistry(
  exams: SourceText[],
  facts: SourceText | null,
  label: string,
): { value: Registry; problems: Problem[] } {
  const problems = new Problems();
  const { exams: examMap, tasks } = readExams(exams, problems);
  if (!facts) problems.at(new SourceText(`${label}/facts.yaml`, ''), 0, E.FactsMissing);
  const factMap = facts ? readFacts(facts, problems) : new Map<string, Fact>();
  return { value: { exams: examMap, tasks, facts: factMap }, problems: problems.list };
}
