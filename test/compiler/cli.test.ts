/** The commands instructors run: exit codes and output as printed in a terminal. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFixture } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/compiler/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('content CLI', () => {
  it('check exits 0 on valid content', () => {
    withFixture(null, (dir) => {
      const r = run('check', '--dir', dir);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Content OK: 1 exams, 2 facts, 1 chapters, 1 cards, 2 questions.');
      expect(r.status).toBe(0);
    });
  });

  it('check prints every problem once and exits 1', () => {
    withFixture('empty-card-side', (dir) => {
      const r = run('check', '--dir', dir);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([
        'content/cards/extra.md:7:1  CONTENT029 card back is empty — write the answer below the heading',
        'content/cards/extra.md:9:1  CONTENT028 card front is empty — write the prompt in the heading, before {#id}',
        '',
        '2 content problems in 1 file.',
      ]);
    });
  });

  it('stats --json prints the documented shape', () => {
    withFixture(null, (dir) => {
      const r = run('stats', '--dir', dir, '--json', '--today', '2026-11-23');
      expect(r.status).toBe(0);
      const stats = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(Object.keys(stats)).toEqual([
        'today',
        'verifyByDays',
        'exams',
        'totals',
        'staleFacts',
      ]);
      expect(stats.today).toBe('2026-11-23');
    });
  }, 20_000);
});
