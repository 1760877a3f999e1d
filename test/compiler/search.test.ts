/**
 * The search index built at compile time: every chapter section, flashcard, question and fact
 * of the real curriculum is a document of it, each leads to the exact place, the serialised index
 * loads back with the app's options, and typos still find what they mean.
 */
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import {
  buildSearchIndex,
  excerptOf,
  htmlText,
  searchDocuments,
} from '../../src/compiler/search.ts';
import { SEARCH_QUERY, type SearchDoc } from '../../src/schema/search.ts';
import { loadSearchPack } from '../../src/schema/searchPack.ts';
import { withFixture } from './helpers.ts';

const content = compileContent({ dir: join(import.meta.dirname, '..', '..', 'content') });
const docs = searchDocuments(content);
const ids = new Set(docs.map((d) => d.id));
const index = loadSearchPack(MiniSearch, buildSearchIndex(content));

describe('the search index of the curriculum', () => {
  it('holds every chapter section, leading to /read/<chapter>#<section>', () => {
    const sections = content.index.chapters.flatMap((c) => c.sections.map((s) => [c, s] as const));
    expect(sections.length).toBeGreaterThan(100);
    for (const [chapter, section] of sections) {
      const doc = docs.find((d) => d.id === `section:${chapter.id}#${section.id}`);
      expect(doc, `${chapter.id}#${section.id}`).toMatchObject({
        kind: 'section',
        title: section.title,
        context: chapter.title,
        href: `/read/${chapter.id}#${section.id}`,
      });
    }
  });

  it('holds every card and question, leading to its item page', () => {
    for (const card of content.items.cards)
      expect(docs.find((d) => d.id === `card:${card.id}`)?.href).toBe(`/item/${card.id}`);
    for (const q of content.items.questions)
      expect(docs.find((d) => d.id === `question:${q.id}`)).toMatchObject({
        kind: 'question',
        title: q.title,
        href: `/item/${q.id}`,
      });
  });

  it('holds every fact, leading to a section (or item) that cites it, else to its source', () => {
    for (const fact of content.facts) {
      const doc = docs.find((d) => d.id === `fact:${fact.id}`);
      expect(doc?.text, fact.id).toContain(fact.text);
      if (doc?.href === fact.source) {
        const cited = content.chapters.some((b) => b.facts.some((f) => f.id === fact.id));
        expect(cited, `${fact.id} is cited in a chapter`).toBe(false);
        continue;
      }
      const chapter = /^\/read\/([^#]+)#/.exec(doc?.href ?? '')?.[1];
      if (chapter) {
        const body = content.chapters.find((b) => b.id === chapter);
        expect(
          body?.facts.map((f) => f.id),
          fact.id,
        ).toContain(fact.id);
      } else {
        const item = doc?.href.replace('/item/', '') ?? '';
        const cites = [...content.items.cards, ...content.items.questions].find(
          (i) => i.id === item,
        );
        expect(cites?.facts, fact.id).toContain(fact.id);
      }
    }
  });

  it('has one document per thing and nothing else', () => {
    const sections = content.index.chapters.reduce((n, c) => n + c.sections.length, 0);
    const intros = docs.filter((d) => d.kind === 'section' && !d.id.includes('#')).length;
    expect(ids.size).toBe(docs.length);
    expect(docs.length).toBe(
      sections +
        intros +
        content.items.cards.length +
        content.items.questions.length +
        content.facts.length,
    );
    expect(index.documentCount).toBe(docs.length);
  });

  it('finds through typos: "snapstrat", "provisoned concurency"', () => {
    const top = (q: string) =>
      index
        .search(q, SEARCH_QUERY)
        .slice(0, 5)
        .map((h) => String(h.title).toLowerCase());
    expect(top('snapstrat').some((t) => t.includes('snapstart'))).toBe(true);
    expect(top('provisoned concurency').some((t) => t.includes('provisioned concurrency'))).toBe(
      true,
    );
  });

  it('stores what a result shows (an excerpt of the text, not the text) for every document', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    const shown = index.search(MiniSearch.wildcard);
    expect(shown).toHaveLength(docs.length);
    for (const hit of shown) {
      const { text, ...stored } = byId.get(String(hit.id)) ?? ({} as SearchDoc);
      expect(hit.text, hit.id as string).toBeUndefined();
      expect(stored.excerpt).toBe(excerptOf(text));
      expect({ ...hit, score: 0, terms: [], queryTerms: [], match: {} }).toEqual({
        ...stored,
        score: 0,
        terms: [],
        queryTerms: [],
        match: {},
      });
    }
  });

  it('ranks a section titled with the word over pages that only mention it', () => {
    const [first] = index.search('snapstart', SEARCH_QUERY);
    expect(String(first?.title).toLowerCase()).toContain('snapstart');
  });
});

describe('section text', () => {
  it('is the HTML between one heading and the next, without tags or entities', () => {
    withFixture(null, (dir) => {
      const fixture = compileContent({ dir });
      const timeout = searchDocuments(fixture).find((d) => d.id === 'section:limits#timeout');
      expect(timeout?.text).toBe(
        'A function runs for at most 900 seconds (15 minutes), with up to 10,240 MB of memory. Older material says 300 seconds. Exam tip Longer than 900 seconds (15 minutes)? Think Step Functions. See memory.',
      );
    });
  });

  it('is stored as an excerpt: the start, cut at a space before 200 characters, with " …"', () => {
    const text = 'Provisioned concurrency keeps environments warm. '.repeat(5);
    // 49 characters a sentence: 200 falls in the fifth one's "Provisioned" (196–206), so the
    // excerpt ends at the space before it (195), after the fourth sentence.
    expect(excerptOf(text)).toBe(`${text.slice(0, 195)} …`);
    expect(excerptOf(text)).toHaveLength(197);
    expect(excerptOf(text).endsWith('warm. …')).toBe(true);
    expect(excerptOf('Short back.')).toBe('Short back.');
  });

  it('decodes entities', () => {
    expect(htmlText('<p>A &amp; B &lt;3 &#x27;x&#x27; &#8212; &quot;y&quot;</p>')).toBe(
      'A & B <3 \'x\' — "y"',
    );
  });
});
