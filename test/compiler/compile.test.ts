import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { CODE_LABEL, codeLabel } from '../../src/compiler/markdown/codeBlocks.ts';
import { fixIds } from '../../src/compiler/fix.ts';
import { contentStats } from '../../src/compiler/stats.ts';
import { withFixture } from './helpers.ts';

const compileBase = () => withFixture(null, (dir) => compileContent({ dir }));

describe('compiled chapters', () => {
  it('renders facts by value, callouts, tables and highlighted code', () => {
    const [body] = compileBase().chapters;
    expect(body?.html).toContain('900 seconds (15 minutes)</span>');
    expect(body?.html).toContain('10,240 MB');
    expect(body?.html).toMatch(
      /<div class="callout callout-exam-tip" role="note">\s*<p class="callout-title">Exam tip<\/p>/,
    );
    expect(body?.html).toContain('<table>');
    expect(body?.html).toContain('<span class="hljs-keyword">export</span>');
    expect(body?.html).toMatch(/<span class="fact fact-previous"[^>]*>300 seconds<\/span>/);
    expect(body?.html).not.toContain('{{');
  });

  // axe on chapters: callouts were <aside> landmarks nested in <main>
  // (landmark-complementary-is-top-level), code blocks scrolled but took no focus
  // (scrollable-region-focusable).
  it('renders callouts as notes, not landmarks, and code blocks as named tab stops', () => {
    const [body] = compileBase().chapters;
    expect(body?.html).not.toContain('<aside');
    expect(body?.html).toContain('<pre tabindex="0" role="group" aria-label="JavaScript code">');
    // Every label passes the sanitiser, which drops any other.
    for (const lang of ['python', 'text', null, 'c++', 'jsonc'])
      expect(codeLabel(lang)).toMatch(CODE_LABEL);
    expect([codeLabel('bash'), codeLabel('text'), codeLabel(undefined)]).toEqual([
      'Shell code',
      'Code',
      'Code',
    ]);
  });

  it('lists sections for the navigator and cites the facts used', () => {
    const { index, chapters } = compileBase();
    expect(index.chapters[0]?.sections).toEqual([
      { id: 'timeout', title: 'Timeout', depth: 2 },
      { id: 'memory', title: 'Memory', depth: 2 },
    ]);
    expect(chapters[0]?.facts.map((f) => f.id)).toEqual(['memory-max', 'timeout-max']);
    expect(index.chapters[0]?.readMinutes).toBe(1);
  });

  it('rewrites chapter links to app routes', () => {
    const { items } = compileBase();
    expect(items.cards[0]?.backHtml).toContain('href="/read/limits#timeout"');
  });
});

describe('compiled questions', () => {
  it('keeps every option with its explanation and counts the answers to select', () => {
    const { items } = compileBase();
    const [single, multiple] = items.questions;
    expect(single?.select).toBe(1);
    expect(single?.options).toHaveLength(4);
    expect(single?.options.filter((o) => o.correct)).toHaveLength(1);
    expect(single?.options[1]?.explanationHtml).toContain('900 seconds (15 minutes)');
    expect(multiple?.select).toBe(2);
    expect(multiple?.exams).toEqual(['DVA-C02']);
  });
});

describe('the section that teaches each item', () => {
  it("carries the chapter, the section id and the section's title, for the Read link", () => {
    const { items } = compileBase();
    expect(items.cards.map((c) => [c.id, c.chapter, c.section])).toEqual([
      ['card-timeout', 'limits', { id: 'timeout', title: 'Timeout' }],
    ]);
    expect(items.questions.map((q) => [q.id, q.chapter, q.section])).toEqual([
      ['q-long-job', 'limits', { id: 'timeout', title: 'Timeout' }],
      ['q-two', 'limits', { id: 'memory', title: 'Memory' }],
    ]);
  });

  it('counts the items each chapter teaches per exam, for "Practise this chapter"', () => {
    expect(compileBase().index.summaries['DVA-C02']?.itemsByChapter).toEqual({ limits: 3 });
  });
});

describe('the raw HTML guard', () => {
  it('never lets a script through, even from a fact value', () => {
    withFixture(null, (dir) => {
      const facts = join(dir, 'facts.yaml');
      writeFileSync(
        facts,
        readFileSync(facts, 'utf8').replace(
          'display: 900 seconds (15 minutes)',
          'display: "<img src=x onerror=alert(1)>"',
        ),
      );
      const { chapters } = compileContent({ dir });
      expect(chapters[0]?.html).not.toContain('<img');
      expect(chapters[0]?.html).toContain('&#x3C;img');
    });
  });
});

describe('content:fix', () => {
  it('stamps an id into a card that lacks one and leaves existing ids alone', () => {
    withFixture('missing-id', (dir) => {
      expect(compileContent({ dir }).problems).toHaveLength(1);
      const results = fixIds(dir);
      expect(results).toEqual([
        { file: join('cards', 'extra.md'), stamped: ['what-is-the-maximum-memory'] },
      ]);
      expect(readFileSync(join(dir, 'cards', 'extra.md'), 'utf8')).toContain(
        '## What is the maximum memory? {#what-is-the-maximum-memory}',
      );
      expect(readFileSync(join(dir, 'cards', 'limits.md'), 'utf8')).toContain('{#card-timeout}');
      expect(compileContent({ dir }).problems).toEqual([]);
      expect(fixIds(dir)).toEqual([]);
    });
  });
});

describe('content statistics', () => {
  it('counts per exam, single and multiple response, coverage and stale facts', () => {
    withFixture(null, (dir) => {
      const stats = contentStats(compileContent({ dir }), new Date('2027-06-01T00:00:00Z'), 180);
      const dva = stats.exams['DVA-C02'];
      expect(dva?.questions).toEqual({ total: 2, single: 1, multiple: 1 });
      expect(dva?.tasks).toMatchObject({ total: 2, covered: 2, lambdaTotal: 2, lambdaCovered: 2 });
      expect(dva?.tasks.questionsPerTask).toEqual({ 'DVA-C02:1.2': 1, 'DVA-C02:4.3': 1 });
      expect(stats.staleFacts).toEqual(['memory-max', 'timeout-max']);
      const fresh = contentStats(compileContent({ dir }), new Date('2026-12-01T00:00:00Z'), 180);
      expect(fresh.staleFacts).toEqual([]);
    });
  });
});
