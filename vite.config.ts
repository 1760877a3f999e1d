import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/compiler/vitePlugin.ts';
import { sizeBudget } from './src/compiler/sizeBudget.ts';
import { prerender } from './src/compiler/prerender.ts';
import { staticHeaders } from './src/compiler/staticHeaders.ts';

/**
 * Shown in Settings → Your data, so a learner (and a bug report) can tell builds apart. CI and
 * the update test set it; otherwise the build time.
 */
const buildId = process.env.APP_BUILD_ID ?? new Date().toISOString().slice(0, 16).replace('T', ' ');

export default defineConfig({
  define: { __APP_BUILD__: JSON.stringify(buildId) },
  plugins: [
    contentPlugin(),
    react(),
    sizeBudget({ initialJsKb: 118 }),
    // Before VitePWA, so the service worker precaches the HTML files it writes.
    prerender({ entry: '/src/entry-prerender.tsx' }),
    staticHeaders(),
    VitePWA({
      // The app registers the worker itself (src/features/update) and asks before reloading.
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'favicon.ico', 'apple-touch-icon-180x180.png'],
      manifest: {
        id: '/',
        name: 'Lambda Exam Prep — AWS Lambda for CLF-C02, DVA-C02 and SAA-C03',
        short_name: 'Lambda Prep',
        description:
          'Chapters, flashcards and practice questions on AWS Lambda for three AWS exams. Works offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1b2a41',
        background_color: '#f7f5f0',
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Everything the app can show: every route's code and every chapter, card and question.
        // `wasm`: the FSRS optimiser (fsrs-browser, 1.7 MB, 436 KB gzip), so "Optimise my
        // schedule" works offline too; only its worker fetches it, only when the learner asks.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,wasm}'],
        // The compiled question and card bank is one chunk of ~450 KB and the optimiser's
        // WebAssembly 1.7 MB; leave room to grow.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Prerendered pages (/read/x → read/x.html) are served from the precache by their clean
        // URL; other deep links (/exams/…/review) open offline in the empty app shell.
        navigateFallback: 'app.html',
        cleanupOutdatedCaches: true,
        // No runtime caching: the app fetches nothing that is not precached.
        runtimeCaching: [],
      },
    }),
  ],
  // Module workers: the optimiser worker (src/workers) imports code shared with the app.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
