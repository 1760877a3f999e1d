/**
 * Each exam's "Numbers and traps" cheat sheet: every figure its chapters, cards and questions
 * cite, and its chapters' exam tips, common wrong answers and easy-to-mix-up pairs, grouped by the
 * exam's domains.
 *
 * A chapter belongs to the domain of its first task statement of the exam; a card or question to
 * the domain of its first task of the exam. A figure is listed once, under the domain of the
 * first chapter citing it in the instructors' order (chapters before items), and figures keep
 * the order of facts.yaml, which groups them by theme.
 */
import {
  CHEAT_SHEET_CALLOUTS,
  type CheatSheet,
  type CheatSheetCallout,
  type CheatSheetCalloutKind,
  type CheatSheetDomain,
} from '../../schema/cheatSheet.ts';
import type { Exam } from '../../schema/exam.ts';
import type { Registry } from './context.ts';
import type { Linked } from './crossFile.ts';

export function buildCheatSheets(registry: Registry, linked: Linked): CheatSheet[] {
  return [...registry.exams.values()].map((exam) => cheatSheetOf(exam, registry, linked));
}

function isSheetKind(kind: string): kind is CheatSheetCalloutKind {
  return (CHEAT_SHEET_CALLOUTS as readonly string[]).includes(kind);
}

function cheatSheetOf(exam: Exam, registry: Registry, linked: Linked): CheatSheet {
  const domainOf = new Map(exam.domains.flatMap((d) => d.tasks.map((t) => [t.id, d.number])));
  const fallback = exam.domains[0]?.number ?? 0;
  const primary = (tasks: readonly string[]) =>
    tasks.map((t) => domainOf.get(t)).find((d) => d !== undefined) ?? fallback;

  const factDomain = new Map<string, number>();
  const callouts = new Map<number, CheatSheetCallout[]>();
  const cite = (ids: readonly string[], domain: number) => {
    for (const id of ids) if (!factDomain.has(id)) factDomain.set(id, domain);
  };
  for (const { meta, body, callouts: own } of linked.chapters) {
    if (!meta.exams.includes(exam.id)) continue;
    const domain = primary(meta.tasks);
    cite(
      body.facts.map((f) => f.id),
      domain,
    );
    const list = callouts.get(domain) ?? [];
    for (const c of own)
      if (isSheetKind(c.kind)) list.push({ ...c, kind: c.kind, chapter: meta.id });
    callouts.set(domain, list);
  }
  for (const item of [...linked.cards, ...linked.questions])
    if (item.exams.includes(exam.id)) cite(item.facts, primary(item.tasks));

  const domains: CheatSheetDomain[] = exam.domains.map((d) => ({
    number: d.number,
    name: d.name,
    weight: d.weight,
    facts: [...registry.facts.values()].filter((f) => factDomain.get(f.id) === d.number),
    callouts: callouts.get(d.number) ?? [],
  }));
  return {
    examId: exam.id,
    domains: domains.filter((d) => d.facts.length + d.callouts.length > 0),
  };
}
