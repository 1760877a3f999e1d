import { createBrowserRouter, matchRoutes, type Params, type RouteObject } from 'react-router-dom';
import { index } from 'virtual:content';
import { AppShell } from './features/shell/AppShell';
import { RouteError } from './features/shell/RouteError';
import { NotFound } from './ui/NotFound';
import { HomePage } from './features/home/HomePage';
import { SearchLauncher } from './features/search/SearchLauncher';
import { loadChapter } from './stores/catalog';
import { loadReader } from './routePreload';

/**
 * What a route tells the build and the first render (its `handle`):
 *   prerender  the paths of this route known at build time (from the content), each written to
 *              its own HTML file by src/compiler/prerender.ts, with the page's title
 *   modules    source modules the page needs at once: their chunks (and CSS) are linked from its
 *              HTML so the browser fetches them in parallel with the entry, not in a chain
 *   prepare    data to load before the first render (the chapter text), on the build machine
 *              before rendering and in the browser before hydrating, so both render the same
 * A new route with content known at build time adds `prerender`; one that depends on the
 * learner's data (review, practice, progress) gets the app shell (app.html) and renders in the
 * browser.
 */
export interface RouteHandle {
  prerender?: () => { path: string; title: string | null }[];
  modules?: (params: Params) => string[];
  prepare?: (params: Params) => Promise<unknown>;
}

const handle = (h: RouteHandle) => h;

export const routes: RouteObject[] = [
  {
    element: <AppShell search={<SearchLauncher />} />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        element: <HomePage />,
        handle: handle({ prerender: () => [{ path: '/', title: null }] }),
      },
      {
        // Not in the home chunk: a learner landing on home does not need it yet.
        path: 'exams/:examSlug',
        lazy: async () => ({
          Component: (await import('./features/library/LibraryPage')).LibraryPage,
        }),
        handle: handle({
          prerender: () =>
            index.exams.map((e) => ({ path: `/exams/${e.slug}`, title: `${e.id} chapters` })),
          modules: () => ['src/features/library/LibraryPage.tsx'],
        }),
      },
      {
        // The reader and its styles load on demand; the chapter body is a further chunk. Links
        // to a chapter fetch both together on hover or focus (src/routePreload.ts).
        path: 'read/:chapterId',
        lazy: async () => ({ Component: (await loadReader()).ReaderPage }),
        handle: handle({
          prerender: () => index.chapters.map((c) => ({ path: `/read/${c.id}`, title: c.title })),
          modules: (p) => [
            'src/features/reader/ReaderPage.tsx',
            `virtual:content/chapter/${p.chapterId ?? ''}`,
          ],
          prepare: (p) => loadChapter(p.chapterId ?? ''),
        }),
      },
      {
        // Study screens load on demand: they bring the scheduler, IndexedDB and the items.
        path: 'exams/:examSlug/review',
        lazy: async () => ({
          Component: (await import('./features/review/ReviewPage')).ReviewPage,
        }),
      },
      {
        // Practice exams: the setup and history page, and one attempt (taking it, then results).
        path: 'exams/:examSlug/practice',
        lazy: async () => ({
          Component: (await import('./features/practice/PracticePage')).PracticePage,
        }),
      },
      {
        path: 'exams/:examSlug/practice/:attemptId',
        lazy: async () => ({
          Component: (await import('./features/practice/AttemptPage')).AttemptPage,
        }),
      },
      {
        // Progress: statistics, readiness and the exam-date plan; its figures come from a worker.
        path: 'exams/:examSlug/progress',
        lazy: async () => ({
          Component: (await import('./features/progress/ProgressPage')).ProgressPage,
        }),
      },
      {
        // "Numbers and traps": the exam's figures and traps, printable.
        path: 'exams/:examSlug/cheat-sheet',
        lazy: async () => ({
          Component: (await import('./features/cheatsheet/CheatSheetPage')).CheatSheetPage,
        }),
      },
      {
        // One flashcard or question, read-only: where a search result for it leads.
        path: 'item/:itemId',
        lazy: async () => ({
          Component: (await import('./features/item/ItemPage')).ItemPage,
        }),
      },
      {
        // Prerendered as a shell (heading and "Loading…"); the form fills in from IndexedDB.
        path: 'settings',
        lazy: async () => ({
          Component: (await import('./features/settings/SettingsPage')).SettingsPage,
        }),
        handle: handle({
          prerender: () => [{ path: '/settings', title: 'Settings' }],
          modules: () => ['src/features/settings/SettingsPage.tsx'],
        }),
      },
      {
        path: 'data',
        lazy: async () => ({
          Component: (await import('./features/data/DataPage')).DataPage,
        }),
        handle: handle({
          prerender: () => [{ path: '/data', title: 'Your data' }],
          modules: () => ['src/features/data/DataPage.tsx'],
        }),
      },
      // Prerendered as 404.html, which static hosts serve for a path they have no file for.
      {
        path: '*',
        element: <NotFound />,
        handle: handle({ prerender: () => [{ path: '*', title: 'No such page' }] }),
      },
    ],
  },
];

/** The routes a path renders, with their params and handles (none when nothing matches). */
export function routeMatches(pathname: string) {
  return (matchRoutes(routes, pathname) ?? []).map(({ route, params }) => ({
    route,
    params,
    handle: route.handle as RouteHandle | undefined,
  }));
}

/**
 * Loads a path's lazy route code and its `prepare` data, so the first render (on the build
 * machine, or in the browser over prerendered HTML) has everything and shows no loading state.
 * A failure is left to the page to show (it renders its own error state).
 */
export async function prepareRoute(pathname: string): Promise<void> {
  await Promise.all(
    routeMatches(pathname).map(async ({ route, params, handle }) => {
      const { lazy } = route;
      if (typeof lazy === 'function') {
        Object.assign(route, await lazy());
        delete route.lazy;
      }
      await handle?.prepare?.(params).catch(() => undefined);
    }),
  );
}

/** Whether a path renders the not-found page (so 404.html's markup is the right one for it). */
export function isNotFoundPath(pathname: string): boolean {
  return routeMatches(pathname).at(-1)?.route.path === '*';
}

export const createRouter = () => createBrowserRouter(routes);
