import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/compiler/vitePlugin.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'compiler',
          environment: 'node',
          env: { TZ: 'UTC' },
          include: [
            'test/compiler/**/*.test.ts',
            'test/domain/**/*.test.ts',
            'test/storage/**/*.test.ts',
          ],
        },
      },
      {
        // Components run against the small fixture content, so their assertions stay stable
        // while the real curriculum grows.
        plugins: [contentPlugin({ dir: 'test/fixtures/base' }), react()],
        define: { __APP_BUILD__: JSON.stringify('test') },
        test: {
          name: 'app',
          environment: 'jsdom',
          env: { TZ: 'UTC' },
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
    ],
  },
});
