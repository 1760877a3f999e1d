/**
 * One fixture folder per kind of content mistake (test/fixtures/errors/<case>/): each is laid
 * over the valid base content, compiled, and must produce exactly the lines in its expected.txt,
 * i.e. the path:line:col, message and hint an instructor would see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { formatProblem, sortProblems } from '../../src/compiler/diagnostics.ts';
import { FIXTURES, withFixture } from './helpers.ts';

const cases = readdirSync(join(FIXTURES, 'errors')).sort();

describe('content problems are reported at their exact location', () => {
  it('the base fixture itself is valid', () => {
    withFixture(null, (dir) => {
      expect(compileContent({ dir }).problems).toEqual([]);
    });
  });

  it.each(cases)('%s', (name) => {
    const expected = readFileSync(join(FIXTURES, 'errors', name, 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    withFixture(name, (dir) => {
      const { problems } = compileContent({ dir });
      expect(sortProblems(problems).map(formatProblem)).toEqual(expected);
    });
  });
});
