import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/compiler/vitePlugin.ts';
import { sizeBudget } from './src/compiler/sizeBudget.ts';

export default defineConfig({
  plugins: [contentPlugin(), react(), sizeBudget({ initialJsKb: 120 })],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
