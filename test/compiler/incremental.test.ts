/**
 * The compiler the dev server keeps reuses per-file results: after any edit its output must be
 * exactly what a fresh compile of the folder gives, cross-file checks included.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent, createContentCompiler } from '../../src/compiler/compile.ts';
import { withFixture } from './helpers.ts';

const edit = (file: string, from: string, to: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('incremental compile', () => {
  it('matches a fresh compile after edits to items, chapters and the registry', () => {
    withFixture(null, (dir) => {
      const compiler = createContentCompiler({ dir });
      const same = () => expect(compiler.compile()).toEqual(compileContent({ dir }));
      same();
      // An item breaks, then is fixed.
      edit(join(dir, 'cards', 'limits.md'), '{{timeout-max}}', '{{timeout-maxx}}');
      same();
      expect(compiler.compile().problems.map((p) => p.code)).toEqual(['CONTENT012']);
      edit(join(dir, 'cards', 'limits.md'), '{{timeout-maxx}}', '{{timeout-max}}');
      same();
      // A chapter's section goes away: links from other, unchanged files must now fail.
      edit(join(dir, 'chapters', 'limits.md'), '## Timeout', '## Time limit');
      same();
      expect(compiler.compile().problems.map((p) => p.code)).toContain('CONTENT050');
      edit(join(dir, 'chapters', 'limits.md'), '## Time limit', '## Timeout');
      // The registry changes: every file is checked against the new one.
      edit(join(dir, 'facts.yaml'), 'timeout-max:', 'timeout-longest:');
      same();
      expect(compiler.compile().problems.length).toBeGreaterThan(0);
      edit(join(dir, 'facts.yaml'), 'timeout-longest:', 'timeout-max:');
      same();
      // A file is deleted, and with it its items.
      rmSync(join(dir, 'questions', 'dva.md'));
      same();
      expect(compiler.compile().items.questions).toEqual([]);
    });
  });
});
