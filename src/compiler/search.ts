/**
 * The search index, built at compile time: every chapter section, flashcard, question and fact
 * as one document (src/schema/search.ts), indexed with MiniSearch and serialised, so the app only
 * loads the JSON (`virtual:content/search`, a lazy chunk fetched when search first opens).
 */
import MiniSearch from 'minisearch';
import type { ChapterBody, ChapterMeta } from '../schema/content.ts';
import { EXCERPT_LENGTH, SEARCH_OPTIONS, type SearchDoc } from '../schema/search.ts';
import { packSearchIndex } from '../schema/searchPack.ts';
import type { CompiledContent } from './compile.ts';

type Parts = Pick<CompiledContent, 'index' | 'chapters' | 'items' | 'facts'>;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The text of compiled (sanitised) HTML: tags dropped, entities decoded, white space folded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .trim();
}

interface ChapterPart {
  /** Null for the text before the first section heading. */
  section: string | null;
  html: string;
}

/** A chapter's HTML cut at each `##` and `###` heading the compiler listed as a section. */
export function chapterParts(meta: ChapterMeta, body: ChapterBody): ChapterPart[] {
  const ids = new Set(meta.sections.map((s) => s.id));
  const parts: ChapterPart[] = [];
  let section: string | null = null;
  let start = 0;
  for (const m of body.html.matchAll(/<h[23] id="([^"]+)">/g)) {
    const id = m[1] ?? '';
    if (!ids.has(id)) continue;
    parts.push({ section, html: body.html.slice(start, m.index) });
    section = id;
    start = m.index;
  }
  parts.push({ section, html: body.html.slice(start) });
  return parts.filter((p) => p.section !== null || htmlText(p.html) !== '');
}

/** The facts a piece of chapter HTML cites. */
function citedFacts(html: string): string[] {
  return [...html.matchAll(/data-fact="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The start of a text, cut at the last space before `length` characters, ` …` when cut. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(' ', length);
  return `${text.slice(0, space > 0 ? space : length).replace(/[\s,;:]+$/, '')} …`;
}

/** Every document of the index, in a stable order: sections, cards, questions, facts. */
export function searchDocuments(content: Parts): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const push = (doc: Omit<SearchDoc, 'excerpt'>) =>
    docs.push({ ...doc, excerpt: excerptOf(doc.text) });
  const chapterTitle = new Map(content.index.chapters.map((c) => [c.id, c.title]));
  /** Where each fact is first used: a chapter section, else a card or question. */
  const factHome = new Map<string, string>();
  for (const meta of content.index.chapters) {
    const body = content.chapters.find((b) => b.id === meta.id);
    if (!body) continue;
    for (const part of chapterParts(meta, body)) {
      const section = meta.sections.find((s) => s.id === part.section);
      const href = section ? `/read/${meta.id}#${section.id}` : `/read/${meta.id}`;
      const text = htmlText(part.html.replace(/^<h[23][^>]*>.*?<\/h[23]>/s, ''));
      push({
        id: section ? `section:${meta.id}#${section.id}` : `section:${meta.id}`,
        kind: 'section',
        title: section?.title ?? meta.title,
        text,
        context: meta.title,
        exams: meta.exams,
        href,
      });
      for (const fact of citedFacts(part.html)) if (!factHome.has(fact)) factHome.set(fact, href);
    }
  }
  const chapterOf = (id: string | null) => (id ? (chapterTitle.get(id) ?? '') : '');
  for (const card of content.items.cards) {
    const href = `/item/${card.id}`;
    push({
      id: `card:${card.id}`,
      kind: 'card',
      title: htmlText(card.frontHtml),
      text: htmlText(card.backHtml),
      context: chapterOf(card.chapter),
      exams: card.exams,
      href,
    });
    for (const fact of card.facts) if (!factHome.has(fact)) factHome.set(fact, href);
  }
  for (const q of content.items.questions) {
    const href = `/item/${q.id}`;
    const options = q.options.map((o) => htmlText(o.html));
    push({
      id: `question:${q.id}`,
      kind: 'question',
      title: q.title,
      text: [htmlText(q.stemHtml), ...options].join(' '),
      context: chapterOf(q.chapter),
      exams: q.exams,
      href,
    });
    for (const fact of q.facts) if (!factHome.has(fact)) factHome.set(fact, href);
  }
  for (const fact of content.facts) {
    const previous = fact.previous
      ? ` Was ${String(fact.previous.value)}${typeof fact.previous.value === 'number' && fact.unit ? ` ${fact.unit}` : ''} until ${fact.previous.changed}.`
      : '';
    push({
      id: `fact:${fact.id}`,
      kind: 'fact',
      title: fact.label,
      text: `${fact.text}.${previous} Verified ${fact.verified}.`,
      context: '',
      exams: [],
      // A fact no content cites yet: its AWS documentation page.
      href: factHome.get(fact.id) ?? fact.source,
    });
  }
  return docs;
}

/** The MiniSearch index (stored fields included), packed (src/schema/searchPack.ts), as JSON. */
export function buildSearchIndex(content: Parts): string {
  const search = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  search.addAll(searchDocuments(content));
  return JSON.stringify(packSearchIndex(search.toJSON()));
}
