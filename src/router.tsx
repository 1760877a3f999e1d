import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppShell } from './features/shell/AppShell';
import { RouteError } from './features/shell/RouteError';
import { NotFound } from './ui/NotFound';
import { HomePage } from './features/home/HomePage';
import { LibraryPage } from './features/library/LibraryPage';
import { SearchLauncher } from './features/search/SearchLauncher';

export const routes: RouteObject[] = [
  {
    element: <AppShell search={<SearchLauncher />} />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'exams/:examSlug', element: <LibraryPage /> },
      {
        // The reader and its styles load on demand; the chapter body is a further chunk.
        path: 'read/:chapterId',
        lazy: async () => ({
          Component: (await import('./features/reader/ReaderPage')).ReaderPage,
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
        path: 'settings',
        lazy: async () => ({
          Component: (await import('./features/settings/SettingsPage')).SettingsPage,
        }),
      },
      {
        path: 'data',
        lazy: async () => ({
          Component: (await import('./features/data/DataPage')).DataPage,
        }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
