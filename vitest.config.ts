import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/compiler/vitePlugin.ts';

/** One project per layer of src/, named for what it runs; test/ mirrors src/. */
const nodeProject = (name: string, include: string[]) => ({
  test: { name, environment: 'node', env: { TZ: 'UTC' }, include },
});

export default defineConfig({
  test: {
    projects: [
      // The content compiler and the real curriculum's floors.
      nodeProject('compiler', ['test/compiler/**/*.test.ts']),
      // Pure logic with fixed dates: scheduler, queue, answers, session, readiness…
      nodeProject('domain', ['test/domain/**/*.test.ts', 'test/ui/**/*.test.ts']),
      // Dexie on fake-indexeddb: progress, packs, backups, the write queue, migrations.
      nodeProject('storage', ['test/storage/**/*.test.ts']),
      // The FSRS optimiser: fsrs-browser's WebAssembly in Node against the native reference.
      nodeProject('optimiser', ['test/optimiser/**/*.test.ts']),
      {
        // Screens (and the stores behind them) against the small fixture content, so their
        // assertions stay stable while the real curriculum grows.
        plugins: [contentPlugin({ dir: 'test/fixtures/base' }), react()],
        define: { __APP_BUILD__: JSON.stringify('test') },
        test: {
          name: 'screens',
          environment: 'jsdom',
          env: { TZ: 'UTC' },
          include: ['test/features/**/*.test.{ts,tsx}'],
          setupFiles: ['test/features/setup.ts'],
        },
      },
    ],
  },
});
