/**
 * What the shipped search index finds, pinned: representative queries' top five results and
 * match counts on the real curriculum, read through the index as the app loads it. Guards the
 * ranking when the index's shape changes (what it stores, how it is serialised). A content change
 * may move these on purpose: then check the new order by hand and update it here.
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

/** Query → [how many documents match, the ids of the first five]; measured before the change. */
const PINNED: Record<string, [number, string[]]> = {
  snapstrat: [
    24,
    [
      'section:dva-execution-environment#snapstart',
      'question:saa-q-snapstart-current-facts',
      'question:dva-q-snapstart-unsupported-packages',
      'question:dva-q-snapstart-facts',
      'question:dva-q-snapstart-uniqueness',
    ],
  ],
  'provisoned concurency': [
    152,
    [
      'section:clf-lambda-pricing#provisioned-concurrency',
      'section:saa-compute-cost#provisioned-concurrency',
      'question:dva-q-provisioned-concurrency-alias-latest',
      'question:clf-q-provisioned-concurrency-billing',
      'section:saa-concurrency-scaling#unreserved-reserved-and-provisioned-concurrency',
    ],
  ],
  'dead letter queue': [
    193,
    [
      'section:dva-invocation-models#dead-letter-queues-vs-destinations',
      'card:saa-c-moc-sqs-dlq',
      'question:saa-q-sqs-redrive-policy',
      'card:saa-c-stream-vs-queue',
      'question:dva-q-destinations-vs-dlq',
    ],
  ],
  'timeout 15 minutes': [
    202,
    [
      'section:dva-execution-environment#configuration-memory-cpu-timeout-and-tmp',
      'fact:timeout-max',
      'card:saa-c-moc-timeout-vs-memory',
      'card:clf-c-moc-long-job',
      'card:saa-c-beyond-15-minutes',
    ],
  ],
  'sqs batch size': [
    291,
    [
      'fact:sqs-batch-size-default',
      'fact:sqs-batch-size-max',
      'fact:sqs-fifo-batch-size-max',
      'fact:dva-sqs-batch-size-without-window-max',
      'card:dva-c-sqs-batch-limits',
    ],
  ],
  'execution role': [
    220,
    [
      'card:clf-c-ops-vs-role-policy',
      'card:clf-c-execution-role',
      'card:saa-c-role-vs-resource-policy',
      'question:saa-q-permissions-boundary-roles',
      'card:dva-c-ops-role-vs-resource-policy',
    ],
  ],
  'thumbnails uploaded images': [
    98,
    [
      'question:clf-q-s3-thumbnail-least-ops',
      'question:saa-q-sfn-distributed-map',
      'question:saa-q-serverless-fit',
      'section:dva-packaging#zip-package-or-container-image',
      'card:clf-c-bb-rekognition',
    ],
  ],
  vpc: [
    67,
    [
      'question:saa-q-nat-charges-gateway-endpoints',
      'section:clf-lambda-operations-security#networking-the-aws-managed-network-and-your-vpc',
      'question:saa-q-private-rest-api',
      'question:dva-q-vpc-eni-permissions',
      'question:saa-q-detach-unneeded-vpc',
    ],
  ],
  '10 gb': [
    161,
    [
      'card:clf-c-calc-gb-seconds',
      'card:clf-c-gb-second',
      'question:saa-q-container-image-model',
      'question:clf-q-economies-of-scale',
      'fact:dva-sqs-large-batch-window-min',
    ],
  ],
  burst: [
    22,
    [
      'card:saa-c-moc-old-burst',
      'question:dva-q-scaling-rate-current',
      'fact:scaling-rate',
      'question:saa-q-scaling-rate-current',
      'card:saa-c-scaling-rate',
    ],
  ],
};

describe('search results on the real curriculum', () => {
  it.each(Object.entries(PINNED))('"%s" finds the same documents first', (query, pinned) => {
    const { hits, total } = searchIndex(shipped, query, 5);
    expect([total, hits.map((h) => h.id)]).toEqual(pinned);
  });

  it('ranks exactly as MiniSearch does on the full documents (same ids, same scores)', () => {
    const reference = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    reference.addAll(searchDocuments(content));
    const queries = [
      ...Object.keys(PINNED),
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
