/**
 * The search index's documents and the MiniSearch options that build it (src/compiler/search.ts,
 * at compile time) and load it again (src/stores/search.ts, in the browser). Both sides must use
 * the same options, so they live here.
 */

/** What a search result is: a chapter section, a flashcard, a practice question or a fact. */
export type SearchKind = 'section' | 'card' | 'question' | 'fact';

export interface SearchDoc {
  /** Unique over every kind: `section:<chapter>#<section>`, `card:<id>`, `question:<id>`, `fact:<id>`. */
  id: string;
  kind: SearchKind;
  /** Section title, card front, question title, fact label. */
  title: string;
  /** Section text, card back, question stem and options, fact value and history: searched, not stored. */
  text: string;
  /**
   * The start of `text` (about EXCERPT_LENGTH characters, cut at a space, ` …` when cut): stored
   * in the index for the result's snippet, so the index does not carry every whole text.
   */
  excerpt: string;
  /** Where it sits: the chapter title (sections, cards, questions that name one); empty for a fact. */
  context: string;
  exams: string[];
  /**
   * The app path that opens it exactly: `/read/<chapter>#<section>` or `/item/<id>`; for a fact,
   * the first section (else card or question) that cites it, or its AWS source if none does.
   */
  href: string;
}

/**
 * How a query is matched: every word may be a prefix (results appear as the learner types) and
 * may carry typos (one edit per five letters, rounded: "snapstrat" finds SnapStart); titles weigh
 * most, so a section called "SnapStart" comes before a page that only mentions it.
 */
export const SEARCH_QUERY = {
  prefix: true,
  fuzzy: 0.2,
  boost: { title: 3, text: 1 },
};

/**
 * Words too common to help find anything (they would rank every long section first); leaving
 * them out also makes the index 6% smaller. A query made only of them finds nothing.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were with you your'.split(
    ' ',
  ),
);

/** Lower case, and no stop words (the same at build time and for each query). */
export function searchTerm(term: string): string | null {
  const t = term.toLowerCase();
  return STOP_WORDS.has(t) ? null : t;
}

/**
 * How long a stored excerpt is: a little more than the 160 characters a result shows, so the
 * snippet can move to a matched word near the start. Measured on the top 20 results of 16
 * typical queries (2026-11-30): the snippet marks a matched word in 64% of them (85% when whole
 * texts were stored; 59% at 160 characters, 71% at 300), and the title or the snippet does in 83%
 * (100% with whole texts). The excerpts are 57 KB of the index's 165 KB gzip (whole texts: 162 KB).
 */
export const EXCERPT_LENGTH = 200;

export const SEARCH_OPTIONS: {
  idField: string;
  fields: string[];
  storeFields: string[];
  processTerm: (term: string) => string | null;
} = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: ['kind', 'title', 'excerpt', 'context', 'exams', 'href'],
  processTerm: searchTerm,
};
