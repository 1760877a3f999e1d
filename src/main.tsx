import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { createRouter, isNotFoundPath, prepareRoute } from './router';
import { onBeforeUpdateReload, registerServiceWorker } from './stores/updateStore';
import { whenIdle } from './ui/whenIdle';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const path = location.pathname.replace(/(.)\/+$/, '$1');

// The page's code and data first (modulepreloaded by its HTML), so the first render is complete.
await prepareRoute(path);
const app = (
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>
);

// Prerendered HTML (src/compiler/prerender.ts) says which path it was rendered for. A host that
// answered with another page's file (a fallback) gets a fresh render instead of a mismatch.
const renderedFor = root.dataset.prerendered;
if (renderedFor === path || (renderedFor === '*' && isNotFoundPath(path))) {
  // Not in a transition: hydrating at a lower priority lost clicks made while it ran (a link
  // pressed during it did nothing in 2 of 56 e2e runs; see the commit that took it out).
  hydrateRoot(root, app, {
    // Hydration problems would otherwise pass silently in a production build: the e2e suite
    // fails on any console error.
    onRecoverableError: (error) => console.error('Hydration error:', error),
  });
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}

// The service worker installs (and precaches the whole app) only once the page has loaded and
// the main thread is idle: first paint and the first interactions never wait for it.
const register = () => whenIdle(registerServiceWorker);
if (document.readyState === 'complete') register();
else addEventListener('load', register, { once: true });
// Before an update reloads the page, queued reviews are written (the study store is a lazy
// chunk: when no screen has loaded it, nothing is queued and this only loads it).
onBeforeUpdateReload(async () => (await import('./stores/studyStore')).flushWritesWithin(5000));
