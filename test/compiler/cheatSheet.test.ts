import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { withFixture } from './helpers.ts';

describe('the cheat sheet of an exam', () => {
  it('lists the figures its chapter cites, in facts.yaml order, and its callouts by section', () => {
    const { cheatSheets, problems } = withFixture(null, (dir) => compileContent({ dir }));
    expect(problems).toEqual([]);
    const [sheet] = cheatSheets;
    expect(sheet?.examId).toBe('DVA-C02');
    expect(sheet?.domains.map((d) => d.number)).toEqual([1]);
    const domain = sheet?.domains[0];
    expect(domain?.facts.map((f) => [f.id, f.text, f.previous?.value])).toEqual([
      ['timeout-max', '900 seconds (15 minutes)', '300 seconds'],
      ['memory-max', '10,240 MB', undefined],
    ]);
    expect(domain?.callouts).toHaveLength(1);
    const [tip] = domain?.callouts ?? [];
    expect(tip).toMatchObject({
      kind: 'exam-tip',
      title: 'Exam tip',
      chapter: 'limits',
      section: 'timeout',
    });
    // Facts inserted, and a link within the chapter made absolute: the sheet is another page.
    expect(tip?.html).toContain('900 seconds (15 minutes)');
    expect(tip?.html).toContain('href="/read/limits#memory"');
    expect(tip?.html).not.toContain('callout-title');
  });

  it('leaves out notes, places a figure only items cite under their domain, once', () => {
    const { cheatSheets, problems } = withFixture(null, (dir) => {
      const chapter = join(dir, 'chapters', 'limits.md');
      const text = readFileSync(chapter, 'utf8').replace(
        '## Timeout',
        '> [!mix-up] Timeout vs memory\n> Different limits.\n\n> [!note]\n> Just a note.\n\n## Timeout',
      );
      writeFileSync(chapter, text);
      appendFileSync(
        join(dir, 'facts.yaml'),
        [
          'payload-max:',
          '  label: Largest payload',
          '  value: 6',
          '  unit: MB',
          '  source: https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
          '  verified: 2026-11-20',
          '',
        ].join('\n'),
      );
      appendFileSync(
        join(dir, 'cards', 'limits.md'),
        '\n## How large may a payload be? {#card-payload}\n\ntasks: DVA-C02:4.3\n\n{{payload-max}}, and {{timeout-max}} is the longest run.\n',
      );
      return compileContent({ dir });
    });
    expect(problems).toEqual([]);
    const domains = cheatSheets[0]?.domains ?? [];
    expect(domains.map((d) => [d.number, d.facts.map((f) => f.id)])).toEqual([
      [1, ['timeout-max', 'memory-max']],
      [4, ['payload-max']],
    ]);
    expect(domains[0]?.callouts.map((c) => [c.kind, c.title, c.section])).toEqual([
      ['mix-up', 'Timeout vs memory', null],
      ['exam-tip', 'Exam tip', 'timeout'],
    ]);
  });
});
