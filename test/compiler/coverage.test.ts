/** `content:stats -- --coverage`: what covers each task statement, and the Lambda gaps. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { contentCoverage, lambdaGaps } from '../../src/compiler/coverage.ts';
import { withFixture } from './helpers.ts';

describe('coverage table', () => {
  it('lists what covers each task statement and flags empty cells of Lambda tasks', () => {
    withFixture(null, (dir) => {
      const coverage = contentCoverage(compileContent({ dir }));
      expect(
        coverage[0]?.tasks.map((t) => [t.task, t.chapters.length, t.cards.length, t.questions]),
      ).toEqual([
        ['DVA-C02:1.2', 1, 0, ['q-long-job']],
        ['DVA-C02:4.3', 0, 0, ['q-two']],
      ]);
      expect(lambdaGaps(coverage)).toEqual([
        'DVA-C02:1.2 (cards)',
        'DVA-C02:4.3 (chapters, cards)',
      ]);
    });
  });

  it("derives a chapter's sections from the task's items: their chapter: keys and links", () => {
    withFixture(null, (dir) => {
      const deck = join(dir, 'cards', 'limits.md');
      writeFileSync(
        deck,
        readFileSync(deck, 'utf8').replace(
          'chapter: limits#timeout',
          'chapter: limits#timeout\ntasks: [DVA-C02:1.2]',
        ),
      );
      // q-two is taught in #memory and links nowhere: its chapter: key alone names the section.
      const bank = join(dir, 'questions', 'dva.md');
      writeFileSync(bank, readFileSync(bank, 'utf8').replace('DVA-C02:4.3', 'DVA-C02:1.2'));
      const [task] = contentCoverage(compileContent({ dir }))[0]?.tasks ?? [];
      expect(task?.chapters).toEqual([{ id: 'limits', sections: ['memory', 'timeout'] }]);
      expect(task?.cards).toEqual(['card-timeout']);
      expect(task?.gaps).toEqual([]);
    });
  });
});
