import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentPlugin } from '../../src/compiler/vitePlugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Production build of the benchmark pages (test/bench/index.html, progress.html) into test/bench/dist. */
export default defineConfig({
  root,
  plugins: [contentPlugin({ dir: '../../content' }), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The study benchmark (index.html) and the progress benchmark (progress.html).
    rollupOptions: { input: { study: `${root}index.html`, progress: `${root}progress.html` } },
  },
  logLevel: 'warn',
});
