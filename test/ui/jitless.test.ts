/**
 * The app's Content-Security-Policy forbids eval, and zod 4 probes `new Function` when a schema is
 * built unless `src/schema/jitless.ts` ran first. Every browser module that imports zod must
 * import it before zod (the e2e suite fails on the violation, but only on the pages it visits).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'compiler' ? [] : modules(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('zod in the browser', () => {
  it('is imported only after schema/jitless', () => {
    const offenders = modules(SRC).filter((file) => {
      const text = readFileSync(file, 'utf8');
      const zod = text.search(/^import [^;]*from 'zod';/m);
      if (zod < 0 || file.endsWith('jitless.ts')) return false;
      const jitless = text.search(/^import '(\.\.\/schema\/|\.\/)jitless(\.ts)?';/m);
      return jitless < 0 || jitless > zod;
    });
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
