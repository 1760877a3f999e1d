/**
 * What the shipped search index finds on the real curriculum, read through the index as the app
 * loads it: typical queries (typos too) find what a learner means among the first five, and the
 * ranking is exactly MiniSearch's on the full documents, which guards it when the index's shape
 * changes (what it stores, how it is serialised).
 */
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { buildSearchIndex, searchDocuments } from '../../src/compiler/search.ts';
import { searchIndex } from '../../src/domain/search.ts';
import { SEARCH_OPTIONS, SEARCH_QUERY, type SearchDoc } from '../../src/schema/search.ts';
import { loadSearchPack } from '../../src/schema/searchPack.ts';

const content = compileContent({ dir: join(import.meta.dirname, '..', '..', 'content') });
const shipped = loadSearchPack(MiniSearch, buildSearchIndex(content));

/**
 * Query → a document a learner typing it is looking for, which must be among the first five
 * results. Typos included: "snapstrat" and "provisoned concurency" must still find their sections.
 * Deliberately not exact counts or orders, so that an instructor's new chapter or card does not
 * fail the build: the exact ranking is held by the next test, against MiniSearch itself.
 */
const EXPECTED: Record<string, string> = {
  snapstrat: 'section:dva-execution-environment#snapstart',
  'provisoned concurency': 'section:clf-lambda-pricing#provisioned-concurrency',
  'dead letter queue': 'section:dva-invocation-models#dead-letter-queues-vs-destinations',
  'timeout 15 minutes': 'fact:timeout-max',
  'sqs batch size': 'fact:sqs-batch-size-max',
  'execution role': 'card:clf-c-execution-role',
  'thumbnails uploaded images': 'question:clf-q-s3-thumbnail-least-ops',
  burst: 'fact:scaling-rate',
};

describe('search results on the real curriculum', () => {
  it.each(Object.entries(EXPECTED))('"%s" finds %s among the first five', (query, id) => {
    const { hits } = searchIndex(shipped, query, 5);
    expect(hits.map((h) => h.id)).toContain(id);
  });

  it('ranks exactly as MiniSearch does on the full documents (same ids, same scores)', () => {
    const reference = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    reference.addAll(searchDocuments(content));
    const queries = [
      ...Object.keys(EXPECTED),
      'vpc',
      '10 gb',
      'snapstart',
      'layers',
      'cold start',
      'event source mapping',
      'destinations',
      'memory',
      'kinesis shard',
      'api gateway 29 seconds',
      'ephemeral storage /tmp',
      'x-ray tracing',
      'lambda@edge',
      'concurr',
    ];
    for (const q of queries) {
      const ranked = (m: MiniSearch<SearchDoc>) =>
        m
          .search(q, SEARCH_QUERY)
          .map((r) => [String(r.id), r.score.toFixed(9), [...r.terms].sort().join(' ')]);
      expect(ranked(shipped), q).toEqual(ranked(reference));
    }
  });
});
