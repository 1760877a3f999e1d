/** Highlighting and snippets of search results (src/domain/search.ts): hand-checked cuts. */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { highlight, resultSnippet, searchIndex, snippet } from '../../src/domain/search';
import { SEARCH_OPTIONS, type SearchDoc } from '../../src/schema/search';

const doc = (id: string, title: string, text: string): SearchDoc => ({
  id,
  kind: 'card',
  title,
  text,
  excerpt: text,
  context: '',
  exams: ['DVA-C02'],
  href: `/item/${id}`,
});

describe('searchIndex', () => {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll([
    doc('a', 'Reserved concurrency', 'Caps a function.'),
    doc('b', 'Throttling', 'Too little reserved concurrency throttles.'),
    doc('c', 'Provisioned concurrency', 'Keeps environments initialised.'),
    doc('d', 'Layers', 'Share code between functions.'),
  ]);

  it('returns the best hits up to the limit, title matches first, and how many matched', () => {
    const { hits, total } = searchIndex(index, 'concurency', 2);
    expect(total).toBe(3);
    expect(hits.map((h) => h.id).sort()).toEqual(['a', 'c']);
    expect(hits[0]).toMatchObject({ kind: 'card', href: `/item/${hits[0]?.id ?? ''}` });
    expect(hits[0]?.terms).toEqual(['concurrency']);
  });

  it('finds nothing for an empty query or stop words only', () => {
    expect(searchIndex(index, '  ')).toEqual({ hits: [], total: 0 });
    expect(searchIndex(index, 'the of').total).toBe(0);
  });
});

describe('highlight', () => {
  it('marks whole matched words, whatever their case, and keeps the rest', () => {
    expect(highlight('SnapStart cuts cold starts; snapstart is free', ['snapstart'])).toEqual([
      { text: 'SnapStart', match: true },
      { text: ' cuts cold starts; ', match: false },
      { text: 'snapstart', match: true },
      { text: ' is free', match: false },
    ]);
  });

  it('does not mark a word that only contains a matched word', () => {
    expect(highlight('restart', ['start'])).toEqual([{ text: 'restart', match: false }]);
  });
});

describe('snippet', () => {
  const text = `${'word '.repeat(40)}Provisioned concurrency keeps environments warm. ${'tail '.repeat(40)}`;

  it('cuts around the first match at spaces, with ellipses where it cut', () => {
    const parts = snippet(text, ['concurrency'], 60);
    const cut = parts.map((p) => p.text).join('');
    // The match is at 212; 20 characters (60 / 3) before it is 192, inside a "word", so the cut
    // starts after the next space (195); 60 characters on is 255, back to the space at 253.
    expect(cut).toBe('… word Provisioned concurrency keeps environments warm. tail …');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['concurrency']);
  });

  it('starts at the beginning when nothing matched, without a leading ellipsis', () => {
    const cut = snippet('Short text.', ['nothing'])
      .map((p) => p.text)
      .join('');
    expect(cut).toBe('Short text.');
  });
});

describe('resultSnippet', () => {
  const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

  it('is the snippet when the title or the snippet shows a matched word', () => {
    const hit = { title: 'Scaling', excerpt: 'A burst of traffic …', terms: ['burst'] };
    expect(resultSnippet(hit)).toEqual(snippet(hit.excerpt, hit.terms));
    const titled = { title: 'Burst', excerpt: 'How fast it grows …', terms: ['burst'] };
    expect(resultSnippet(titled)).toEqual(snippet(titled.excerpt, titled.terms));
  });

  it('names the matched words when neither shows one (the match is past the excerpt)', () => {
    const hit = {
      title: 'How fast can one function scale?',
      excerpt: 'A flash sale will send traffic to one function …',
      terms: ['burst', 'bursts'],
    };
    const segments = resultSnippet(hit);
    expect(text(segments)).toBe(
      'A flash sale will send traffic to one function … — mentions burst, bursts',
    );
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['burst', 'bursts']);
  });
});
