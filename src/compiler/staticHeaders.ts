/**
 * `vite preview` as a static host: it sends the response headers of `public/_headers` (the
 * Netlify / Cloudflare Pages format: a path pattern, then indented `Name: value` lines; `*`
 * matches any run of characters) and answers a path with no file of its own the way the README
 * tells hosts to: `/read/x` with `read/x.html`, anything else with the app shell `app.html`.
 * The e2e suite runs against it, so it checks the headers a deployment sends.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parses a `_headers` file; comments and blank lines are skipped. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0)
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for a path: every matching rule's, in file order. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers);
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The file a static host serves for a path (clean URLs), or app.html when there is none. */
export function fileForRequest(outDir: string, path: string): string {
  if (path === '/') return '/index.html';
  if (isFile(join(outDir, path))) return path;
  const clean = path.replace(/\/+$/, '');
  if (isFile(join(outDir, `${clean}.html`))) return `${clean}.html`;
  return isFile(join(outDir, 'app.html')) ? '/app.html' : '/index.html';
}

export function staticHeaders(): Plugin {
  return {
    name: 'exam-prep-static-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const file = join(outDir, '_headers');
      const rules = existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        for (const [name, value] of headersFor(rules, url.pathname)) res.setHeader(name, value);
        const accept = req.headers.accept ?? '';
        if (req.method === 'GET' && accept.includes('text/html'))
          req.url = fileForRequest(outDir, decodeURIComponent(url.pathname)) + url.search;
        next();
      });
    },
  };
}
