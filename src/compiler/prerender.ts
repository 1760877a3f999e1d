/**
 * Build step: every page whose content is known at build time becomes an HTML file with the page
 * already in it (home, each exam, every chapter, the settings and data shells, 404.html), so a
 * learner on a slow phone reads before any script has run; the app then hydrates it.
 *
 * How: after the client bundle is generated, a Vite server in SSR mode loads
 * `src/entry-prerender.tsx` (the app's own routes and components) and React's `renderToString`
 * renders each path the routes list in `handle.prerender`. React's own server renderer rather
 * than a static-site tool: the app is a plain Vite + React Router data-router SPA, and the
 * renderer and router it already ships do the whole job in ~150 lines, with nothing new to keep
 * up to date. Each page's HTML links the chunks and CSS its route needs (`handle.modules`), so
 * the browser fetches them alongside the entry instead of in a chain.
 *
 * Every HTML file carries the Content-Security-Policy below as a <meta>. `app.html` is the empty
 * shell for paths with no file of their own (review, practice: they depend on the learner's
 * data); the service worker and `vite preview` answer those with it.
 */
import react from '@vitejs/plugin-react';
import type { Plugin, ResolvedConfig, Rolldown } from 'vite';
import { createServer } from 'vite';
import { contentPlugin } from './vitePlugin.ts';

/**
 * The app's Content-Security-Policy, a second wall behind the content sanitiser: everything from
 * this origin only, no inline script or style, nothing loaded from or sent anywhere else.
 *   script-src 'wasm-unsafe-eval'  compiling WebAssembly (the FSRS optimiser runs a WASM module
 *                                  in a worker); it allows no eval() of JavaScript
 *   worker-src 'self'              the service worker and the app's own Web Workers
 *   img-src data:                  small images inlined into the CSS by the build
 * frame-ancestors cannot be set from a <meta>: public/_headers sends it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;
type OutputAsset = Rolldown.OutputAsset;

/** What src/entry-prerender.tsx exports (loaded through Vite's SSR loader, so typed here). */
interface PrerenderEntry {
  pagesToPrerender(): { path: string; title: string | null }[];
  render(path: string): Promise<{ html: string; modules: string[] }>;
}

const SITE = 'Lambda Exam Prep';

/** `/` → index.html, `/read/x` → read/x.html (hosts and Workbox map clean URLs to .html), `*` → 404.html. */
export function fileForPath(path: string): string {
  if (path === '/') return 'index.html';
  if (path === '*') return '404.html';
  return `${path.slice(1)}.html`;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chunk built from a source module (a path under the root, or a virtual module id). */
function chunkFor(bundle: OutputBundle, root: string, module: string): OutputChunk | undefined {
  const ids = [`${root}/${module}`, `\0${module}`];
  return Object.values(bundle).find(
    (o): o is OutputChunk => o.type === 'chunk' && ids.includes(o.facadeModuleId ?? ''),
  );
}

/** <link> tags for the chunks (and their static imports and CSS) a page needs at once. */
function headLinks(bundle: OutputBundle, root: string, modules: string[], template: string) {
  const js = new Set<string>();
  const css = new Set<string>();
  const add = (chunk: OutputChunk | undefined) => {
    if (!chunk || js.has(chunk.fileName)) return;
    js.add(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    for (const name of chunk.imports) add(bundle[name] as OutputChunk | undefined);
  };
  for (const module of modules) {
    const chunk = chunkFor(bundle, root, module);
    if (!chunk) throw new Error(`prerender: no chunk for "${module}" (named in a route's handle)`);
    add(chunk);
  }
  const fresh = (file: string) => !template.includes(`/${file}"`);
  return [
    ...[...css].filter(fresh).map((f) => `    <link rel="stylesheet" crossorigin href="/${f}">`),
    ...[...js].filter(fresh).map((f) => `    <link rel="modulepreload" crossorigin href="/${f}">`),
  ].join('\n');
}

/**
 * Starts the app's scripts after the first paint. A prerendered page needs no script to be read,
 * so the entry and its modulepreloads leave the <head> (where they would compete with the HTML
 * and CSS for a slow connection, and where Lighthouse counts them as holding up the first paint)
 * for this small classic script, which adds them once the page has painted (or after 500 ms,
 * for a tab in the background, where frames do not run).
 */
const BOOT_SOURCE = `// Generated by src/compiler/prerender.ts: starts the app once the prerendered page has painted.
(function () {
  var tag = document.currentScript, started = false;
  function start() {
    if (started) return;
    started = true;
    tag.dataset.preload.split(' ').forEach(function (href) {
      if (!href) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = tag.dataset.entry;
    document.head.appendChild(script);
  }
  requestAnimationFrame(function () { setTimeout(start, 0); });
  setTimeout(start, 500);
})();
`;

/** Moves a page's module script and modulepreloads into the boot script's data attributes. */
function deferScripts(html: string, bootFile: string): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry?.[1]) throw new Error('prerender: the page has no module script');
  const preloads: string[] = [];
  const rest = html
    .replace(entry[0], '')
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
      preloads.push(href);
      return '';
    });
  const boot = `    <script defer src="/${bootFile}" data-entry="${entry[1]}" data-preload="${preloads.join(' ')}"></script>`;
  return rest.replace('</head>', `${boot}\n  </head>`);
}

/** The template with one page in it: its markup, title and links, marked with its path. */
function pageHtml(
  template: string,
  path: string,
  title: string | null,
  body: string,
  links: string,
) {
  const fullTitle = title ? `${title} · ${SITE}` : SITE;
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(fullTitle)}</title>`)
    .replace('</head>', `${links}\n  </head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-prerendered="${escapeHtml(path)}">${body}</div>`,
    );
}

export function prerender(options: { entry: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'exam-prep-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<meta charset="UTF-8" \/>/i,
          `$&\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        if (config.build.ssr) return;
        const index = bundle['index.html'] as OutputAsset | undefined;
        if (!index) return;
        const template = String(index.source);
        if (!template.includes('Content-Security-Policy'))
          this.error('index.html has no Content-Security-Policy meta');
        const server = await createServer({
          configFile: false,
          root: config.root,
          logLevel: 'error',
          appType: 'custom',
          define: config.define,
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          // Loaded as source: its package is CommonJS-only for Node.
          ssr: { noExternal: ['workbox-window'] },
          plugins: [contentPlugin(), react()],
        });
        try {
          const entry = (await server.ssrLoadModule(options.entry)) as PrerenderEntry;
          const bootRef = this.emitFile({ type: 'asset', name: 'boot.js', source: BOOT_SOURCE });
          const bootFile = this.getFileName(bootRef);
          const started = performance.now();
          const pages = entry.pagesToPrerender();
          for (const page of pages) {
            const { html, modules } = await entry.render(page.path);
            const links = headLinks(bundle, config.root, modules, template);
            const source = deferScripts(
              pageHtml(template, page.path, page.title, html, links),
              bootFile,
            );
            const fileName = fileForPath(page.path);
            if (fileName === 'index.html') index.source = source;
            else this.emitFile({ type: 'asset', fileName, source });
          }
          // Paths with no file of their own render in the browser from the empty shell.
          this.emitFile({ type: 'asset', fileName: 'app.html', source: template });
          const ms = performance.now() - started;
          this.info(`prerendered ${pages.length} pages in ${ms.toFixed(0)} ms`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
