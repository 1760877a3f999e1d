/**
 * Searching the compiled index and cutting the snippets shown under each result. The index is a
 * MiniSearch instance built at compile time (src/compiler/search.ts) and handed in by the store.
 */
import type MiniSearch from 'minisearch';
import { SEARCH_QUERY, type SearchDoc } from '../schema/search';

/** A result: what the index stores of a document (its excerpt, not its whole text). */
export interface SearchHit extends Omit<SearchDoc, 'text'> {
  /** The document's words that matched (lower case), for highlighting. */
  terms: string[];
}

/** A run of text, marked when it is one of the matched words. */
export interface Segment {
  text: string;
  match: boolean;
}

export const MAX_RESULTS = 20;

/** The best documents for what the learner typed (matched as SEARCH_QUERY says), and how many matched. */
export function searchIndex(
  index: MiniSearch<SearchDoc>,
  query: string,
  limit = MAX_RESULTS,
): { hits: SearchHit[]; total: number } {
  if (query.trim() === '') return { hits: [], total: 0 };
  const found = index.search(query, SEARCH_QUERY);
  const hits = found.slice(0, limit).map((r) => ({
    id: String(r.id),
    kind: r.kind as SearchDoc['kind'],
    title: r.title as string,
    excerpt: r.excerpt as string,
    context: r.context as string,
    exams: r.exams as string[],
    href: r.href as string,
    terms: r.terms,
  }));
  return { hits, total: found.length };
}

/** The same word boundaries as MiniSearch's tokenizer: white space and punctuation. */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** The text cut into runs, the matched words marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!wanted.has(m[0].toLowerCase())) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/**
 * About `length` characters of the text around its first matched word, cut at spaces, with an
 * ellipsis where it was cut; the start of the text when no word of it matched.
 */
export function snippet(text: string, terms: readonly string[], length = 160): Segment[] {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  let first = 0;
  for (const m of text.matchAll(WORD)) {
    if (wanted.has(m[0].toLowerCase())) {
      first = m.index;
      break;
    }
  }
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + length);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const cut = `${start > 0 ? '… ' : ''}${text.slice(start, end)}${end < text.length ? ' …' : ''}`;
  return highlight(cut, terms);
}

/**
 * What a result shows under its title: the snippet of its excerpt and, when neither the title nor
 * the snippet shows any matched word (the excerpt is only the start of the text, and the match
 * lies further in), "mentions" and the matched words, so the learner sees why it is there.
 */
export function resultSnippet(
  hit: Pick<SearchHit, 'title' | 'excerpt' | 'terms'>,
  length = 160,
): Segment[] {
  const segments = snippet(hit.excerpt, hit.terms, length);
  const shown = [...highlight(hit.title, hit.terms), ...segments].some((s) => s.match);
  if (shown || hit.terms.length === 0) return segments;
  const words = hit.terms.flatMap((t, i) => [
    ...(i > 0 ? [{ text: ', ', match: false }] : []),
    { text: t, match: true },
  ]);
  return [...segments, { text: ' — mentions ', match: false }, ...words];
}
