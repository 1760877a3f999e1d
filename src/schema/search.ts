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
  /** Section text, card back, question stem and options, fact value and history. */
  text: string;
  /** Where it sits: the chapter title (sections, cards, questions that name one), or the fact's figure. */
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

export const SEARCH_OPTIONS: {
  idField: string;
  fields: string[];
  storeFields: string[];
  processTerm: (term: string) => string | null;
} = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: ['kind', 'title', 'text', 'context', 'exams', 'href'],
  processTerm: searchTerm,
};
