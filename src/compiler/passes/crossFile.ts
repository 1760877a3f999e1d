/**
 * The checks that need every file at once, run after the per-file passes (and on every
 * incremental compile, since one edit can break or fix them anywhere): ids are unique across
 * chapters, cards and questions (learner progress is keyed by them), and chapter links and
 * `chapter:` keys name chapters and sections that exist.
 */
import type {
  ChapterBody,
  ChapterMeta,
  Flashcard,
  Question,
  SectionLink,
} from '../../schema/content.ts';
import type { ChapterCallout } from '../../schema/cheatSheet.ts';
import { Problems, type Problem, type SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { closest, closestSections } from '../suggest.ts';
import type { ChapterRef, FileResult, Unit } from './context.ts';

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
  }
  const known = new Set(results.flatMap((r) => r.chapterIds));
  const sectionsOf = new Map(linked.chapters.map((c) => [c.meta.id, c.meta.sections]));
  const chapterIds = [...sectionsOf.keys()];
  const missing = (source: SourceText, offset: number, id: string) => {
    if (!known.has(id))
      problems.at(source, offset, E.UnknownChapter, { id, guess: closest(id, chapterIds) });
  };
  const reported = new Set<string>();
  for (const unit of kept) {
    for (const ref of unit.refs) {
      // A file's default is written once: report its mistakes once, not per item.
      const at = `${unit.source.file}:${ref.offset}`;
      if (!known.has(ref.id) && !reported.has(at)) missing(unit.source, ref.offset, ref.id);
      checkRef(unit, ref, sectionsOf.get(ref.id), problems, reported);
      reported.add(at);
    }
    checkLinks(unit, sectionsOf, missing, problems);
    const out = unit.output;
    const section = taughtIn(unit, sectionsOf);
    if (out?.kind === 'card') linked.cards.push({ ...out.card, section });
    else if (out?.kind === 'question') linked.questions.push({ ...out.question, section });
  }
  return linked;
}

/** A card's or question's `chapter:` key must name a section of the chapter, and a real one. */
function checkRef(
  unit: Unit,
  ref: ChapterRef,
  sections: ChapterMeta['sections'] | undefined,
  problems: Problems,
  reported: ReadonlySet<string>,
): void {
  if (!sections) return;
  if (ref.section === null) {
    const picks = closestSections(ref.item.title, sections).map((id) => `#${id}`);
    problems.at(
      unit.source,
      ref.item.inherited ? ref.item.offset : ref.offset,
      E.ChapterLinkWithoutSection,
      {
        kind: unit.kind,
        chapter: ref.id,
        inherited: ref.item.inherited,
        sections: picks.join(', ') || 'the chapter has none, add a "## " heading to it',
      },
    );
    return;
  }
  if (
    sections.some((s) => s.id === ref.section) ||
    reported.has(`${unit.source.file}:${ref.offset}`)
  )
    return;
  const guess = closest(
    ref.section,
    sections.map((s) => s.id),
  );
  problems.at(unit.source, ref.offset + ref.id.length + 1, E.UnknownSection, {
    section: ref.section,
    chapter: ref.id,
    hint: guess ? `did you mean "#${guess}"?` : sectionList(sections),
  });
}

const sectionList = (sections: ChapterMeta['sections']) =>
  `link to one of its headings: ${sections.map((s) => `#${s.id}`).join(', ') || 'it has none'}`;

/** The section an item's `chapter:` key names, with its title, once both are known to exist. */
function taughtIn(
  unit: Unit,
  sectionsOf: ReadonlyMap<string, ChapterMeta['sections']>,
): SectionLink | null {
  const ref = unit.refs[0];
  const found = ref && sectionsOf.get(ref.id)?.find((s) => s.id === ref.section);
  return found ? { id: found.id, title: found.title } : null;
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
    const hint = guess ? `did you mean "#${guess}"?` : sectionList(sections);
    problems.at(unit.source, link.offset, E.UnknownSection, {
      section: link.section,
      chapter: link.chapter || null,
      hint,
    });
  }
}
