/**
 * Build-time report of what the home route downloads: the entry chunk and everything it imports
 * statically (chapters, the reader and study items are separate chunks fetched on demand).
 * Prints every chunk's gzip size and fails the build if the initial JavaScript exceeds the budget.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export function sizeBudget(options: { initialJsKb: number }): Plugin {
  return {
    name: 'exam-prep-size-budget',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [o] : []));
      const gz = (code: string) => gzipSync(code, { level: 9 }).length;
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) return;
      const initial = new Set<string>();
      const walk = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        const chunk = chunks.find((c) => c.fileName === name);
        for (const dep of chunk?.imports ?? []) walk(dep);
      };
      walk(entry.fileName);
      const initialKb =
        chunks.filter((c) => initial.has(c.fileName)).reduce((s, c) => s + gz(c.code), 0) / 1024;
      const lazy = chunks.filter((c) => !initial.has(c.fileName));
      const lazyKb = lazy.reduce((s, c) => s + gz(c.code), 0) / 1024;
      const line = `Home route initial JS: ${initialKb.toFixed(1)} KB gzip (budget ${options.initialJsKb} KB) in ${initial.size} chunk(s); ${lazy.length} lazy chunks, ${lazyKb.toFixed(1)} KB gzip in all.`;
      this.info(line);
      console.log(`\n${line}`);
      if (initialKb > options.initialJsKb) {
        this.error(
          `initial JavaScript is ${initialKb.toFixed(1)} KB gzip, over the ${options.initialJsKb} KB budget`,
        );
      }
    },
  };
}
