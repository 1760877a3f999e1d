/**
 * Build time only (src/compiler/prerender.ts loads it through Vite's SSR loader): the app's real
 * routes and components rendered to HTML for each path known at build time. Nothing here runs
 * in the browser.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type RouteObject,
} from 'react-router-dom';
import { prepareRoute, routeMatches, routes, type RouteHandle } from './router';

/** Every path a route lists in `handle.prerender` (the content decides which exist). */
export function pagesToPrerender(): { path: string; title: string | null }[] {
  const walk = (list: RouteObject[]): { path: string; title: string | null }[] =>
    list.flatMap((r) => [
      ...((r.handle as RouteHandle | undefined)?.prerender?.() ?? []),
      ...walk(r.children ?? []),
    ]);
  return walk(routes);
}

/** One page's markup (the inside of #root) and the source modules its route needs at once. */
export async function render(path: string): Promise<{ html: string; modules: string[] }> {
  // The not-found page is rendered at a path no route matches.
  const url = path === '*' ? '/404' : path;
  await prepareRoute(url);
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://localhost${url}`));
  if (context instanceof Response) throw new Error(`prerender ${path}: got a redirect`);
  if (context.errors) throw new Error(`prerender ${path}: ${JSON.stringify(context.errors)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      {/* No hydration data: an inline script would break the CSP, and no route has a loader. */}
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  if (html.includes('Something went wrong')) throw new Error(`prerender ${path}: the route failed`);
  const modules = routeMatches(url).flatMap((m) => m.handle?.modules?.(m.params) ?? []);
  return { html, modules };
}
