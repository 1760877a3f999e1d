import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Copies the base fixture, lays an error case over it (if any), and runs `fn` on the copy. */
export function withFixture<T>(errorCase: string | null, fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
    if (errorCase) {
      cpSync(join(FIXTURES, 'errors', errorCase), dir, {
        recursive: true,
        filter: (src) => !src.endsWith('expected.txt'),
      });
    }
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
