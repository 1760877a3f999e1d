/**
 * The packed search index (src/schema/searchPack.ts): a small index packed by hand-checked
 * rules, and the real curriculum's index unpacked into exactly what MiniSearch serialised.
 */
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { searchDocuments } from '../../src/compiler/search.ts';
import { SEARCH_OPTIONS, type SearchDoc } from '../../src/schema/search.ts';
import { linkOfId, packSearchIndex, unpackSearchIndex } from '../../src/schema/searchPack.ts';

const content = compileContent({ dir: join(import.meta.dirname, '..', '..', 'content') });

const doc = (id: string, title: string, text: string, href: string): SearchDoc => ({
  id,
  kind: id.startsWith('fact:') ? 'fact' : 'card',
  title,
  text,
  excerpt: text,
  context: 'Scaling',
  exams: ['DVA-C02'],
  href,
});

function small() {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll([
    doc('card:a', 'Reserved concurrency', 'Caps a function.', '/item/a'),
    doc(
      'card:b',
      'Throttling',
      'Reserved concurrency, too little: concurrency throttles.',
      '/item/b',
    ),
    doc('fact:c', 'Burst', 'Concurrency grows by 1,000 every 10 seconds.', '/read/x#scaling'),
  ]);
  return index.toJSON();
}

describe('packSearchIndex', () => {
  const pack = packSearchIndex(small());

  it('writes each term once with its postings per field as gaps between documents', () => {
    const lines = pack.terms.split(';');
    // "concurrency": title of 0; text of 1 (twice) and 2: gaps 1 (with *2) then 1.
    expect(lines).toContain('concurrency 0 1*2,1');
    // "reserved": title of 0, text of 1 (gap 1 from 0).
    expect(lines).toContain('reserved 0 1');
    // "throttles": text of 1 only, nothing in titles.
    expect(lines).toContain('throttles  1');
    expect(pack.ids).toEqual(['card:a', 'card:b', 'fact:c']);
  });

  it('stores repeated values once, and only the links the id does not imply', () => {
    expect(pack.stored.exams).toEqual({ distinct: [['DVA-C02']], at: [0, 0, 0] });
    expect(pack.stored.href).toEqual({ values: [null, null, '/read/x#scaling'] });
    expect(linkOfId('section:dva-packaging#layers')).toBe('/read/dva-packaging#layers');
    expect(linkOfId('section:dva-packaging')).toBe('/read/dva-packaging');
    expect(linkOfId('question:q-1')).toBe('/item/q-1');
    expect(linkOfId('fact:timeout-max')).toBeNull();
  });

  it('refuses an index with removed documents (their numbers would no longer be positions)', () => {
    const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    index.addAll([doc('card:a', 'A', 'a', '/item/a'), doc('card:b', 'B', 'b', '/item/b')]);
    index.discard('card:a');
    expect(() => packSearchIndex(index.toJSON())).toThrow(/removed documents/);
  });
});

describe('unpackSearchIndex', () => {
  it('gives back exactly what MiniSearch serialised, for the small index', () => {
    const js = small();
    expect(unpackSearchIndex(packSearchIndex(js))).toEqual(js);
  });

  it('gives back exactly what MiniSearch serialised, for the real curriculum', () => {
    const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    index.addAll(searchDocuments(content));
    const js = index.toJSON();
    // Through JSON, as the app receives it.
    const travelled = JSON.parse(JSON.stringify(packSearchIndex(js))) as ReturnType<
      typeof packSearchIndex
    >;
    // Compared as text (a deep compare of 60,000 objects takes seconds): same keys, same order.
    expect(JSON.stringify(unpackSearchIndex(travelled))).toBe(JSON.stringify(js));
  });
});
