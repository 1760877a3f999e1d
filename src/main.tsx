import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { router } from './router';
import { onBeforeUpdateReload, registerServiceWorker } from './stores/updateStore';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

registerServiceWorker();
// Before an update reloads the page, queued reviews are written (the study store is a lazy
// chunk: when no screen has loaded it, nothing is queued and this only loads it).
onBeforeUpdateReload(async () => (await import('./stores/studyStore')).flushWritesWithin(5000));
