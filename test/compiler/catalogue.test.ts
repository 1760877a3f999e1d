/**
 * The problem catalogue: codes and names are unique and well-formed, every fixture asserts
 * codes, and content/README.md lists every entry exactly as `cli.ts catalogue` prints it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueRows } from '../../src/compiler/errors/define.ts';
import { CATALOGUE } from '../../src/compiler/errors/index.ts';
import { FIXTURES } from './helpers.ts';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'README.md'), 'utf8');
/** Table rows compared without the padding a formatter adds. */
const normal = (row: string) => row.replace(/\s+/g, ' ').replace(/ \|/g, '|').trim();

describe('the problem catalogue', () => {
  it('has unique codes CONTENTnnn and unique kebab-case names', () => {
    const codes = CATALOGUE.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => !/^CONTENT\d{3}$/.test(c))).toEqual([]);
    const names = CATALOGUE.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !/^[a-z]+(-[a-z]+)*$/.test(n))).toEqual([]);
  });

  it('is listed in content/README.md, entry for entry', () => {
    const lines = new Set(README.split('\n').map(normal));
    const missing = catalogueRows(CATALOGUE).filter((row) => !lines.has(normal(row)));
    expect(missing, 'run `npx tsx src/compiler/cli.ts catalogue` and paste the table').toEqual([]);
  });

  it('has a fixture for every code but those that would break every other file', () => {
    const asserted = readdirSync(join(FIXTURES, 'errors')).flatMap((name) =>
      [
        ...readFileSync(join(FIXTURES, 'errors', name, 'expected.txt'), 'utf8').matchAll(
          / (CONTENT\d{3}) /g,
        ),
      ].map((m) => m[1]),
    );
    const untested = CATALOGUE.map((d) => d.code).filter((c) => !asserted.includes(c));
    // Without facts.yaml, or with a list in it, every fact in the base content is reported too.
    expect(untested).toEqual(['CONTENT002', 'CONTENT017']);
  });

  it('is what the fixtures assert: every expected line starts with a known code', () => {
    const known = new Set<string>(CATALOGUE.map((d) => d.code));
    for (const name of readdirSync(join(FIXTURES, 'errors'))) {
      const expected = readFileSync(join(FIXTURES, 'errors', name, 'expected.txt'), 'utf8');
      for (const line of expected.trim().split('\n'))
        expect(known.has(/ {2}(CONTENT\d{3}) /.exec(line)?.[1] ?? ''), `${name}: ${line}`).toBe(
          true,
        );
    }
  });
});
