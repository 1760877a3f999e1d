/**
 * The checks that need every file at once, run after the per-file passes (and on every
 * incremental compile, since one edit can break or fix them anywhere): ids are unique across
 * chapters, cards and questions (learner progress is keyed by them), and chapter links and
 * `chapter:` keys name chapters and sections that exist.
 */
import type { ChapterBody, ChapterMeta, Flashcard, Question } from '../../schema/content.ts';
import type { ChapterCallout } from '../../schema/cheatSheet.ts';
import { Problems, type Problem, type SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { closest } from '../suggest.ts';
import type { FileResult, Unit } from './context.ts';

export interface Linked {
  problems: Problem[];
  chapters: { meta: ChapterMeta; body: ChapterBody; callouts: ChapterCallout[] }[];
  cards: Flashcard[];
  questions: Question[];
}

/** `results` in reading order: the first item to claim an id keeps it. */
export function linkFiles(results: readonly FileResult[]): Linked {
  const problems = new Problems();
  const linked: Linked = { problems: problems.list, chapters: [], cards: [], questions: [] };
  const kept = keepUniqueIds(results, problems);
  for (const unit of kept) {
    problems.list.push(...unit.problems);
    const out = unit.output;
    if (out?.kind === 'chapter')
      linked.chapters.push({ meta: out.meta, body: out.body, callouts: out.callouts });
    else if (out?.kind === 'card') linked.cards.push(out.card);
    else if (out?.kind === 'question') linked.questions.push(out.question);
  }
  const known = new Set(results.flatMap((r) => r.chapterIds));
  const sectionsOf = new Map(linked.chapters.map((c) => [c.meta.id, c.meta.sections]));
  const chapterIds = [...sectionsOf.keys()];
  const missing = (source: SourceText, offset: number, id: string) => {
    if (!known.has(id))
      problems.at(source, offset, E.UnknownChapter, { id, guess: closest(id, chapterIds) });
  };
  for (const unit of kept) {
    for (const ref of unit.refs) missing(unit.source, ref.offset, ref.id);
    checkLinks(unit, sectionsOf, missing, problems);
  }
  return linked;
}

function keepUniqueIds(results: readonly FileResult[], problems: Problems): Unit[] {
  const claimed = new Map<string, Unit>();
  const kept: Unit[] = [];
  for (const result of results) {
    problems.list.push(...result.problems);
    for (const unit of result.units) {
      const prior = claimed.get(unit.id);
      if (!prior) {
        claimed.set(unit.id, unit);
        kept.push(unit);
        continue;
      }
      const p = prior.source.position(prior.offset);
      problems.at(unit.source, unit.offset, E.DuplicateId, {
        id: unit.id,
        kind: unit.kind,
        prior: `${prior.source.file}:${p.line}:${p.column}`,
      });
    }
  }
  return kept;
}

function checkLinks(
  unit: Unit,
  sectionsOf: ReadonlyMap<string, ChapterMeta['sections']>,
  missing: (source: SourceText, offset: number, id: string) => void,
  problems: Problems,
): void {
  const own = unit.links.sections;
  for (const link of unit.links.list) {
    const sections = link.chapter ? sectionsOf.get(link.chapter) : (own ?? undefined);
    if (link.chapter && !sections) {
      missing(unit.source, link.offset, link.chapter);
      continue;
    }
    if (!link.chapter && !own) {
      problems.at(unit.source, link.offset, E.InPageLinkOutsideChapter, {
        section: link.section ?? '',
      });
      continue;
    }
    if (!link.section || !sections || sections.some((s) => s.id === link.section)) continue;
    const guess = closest(
      link.section,
      sections.map((s) => s.id),
    );
    const hint = guess
      ? `did you mean "#${guess}"?`
      : `link to one of its headings: ${sections.map((s) => `#${s.id}`).join(', ') || 'it has none'}`;
    problems.at(unit.source, link.offset, E.UnknownSection, {
      section: link.section,
      chapter: link.chapter || null,
      hint,
    });
  }
}
