import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForPath } from '../../src/compiler/prerender.ts';
import { headersFor, parseHeaders } from '../../src/compiler/staticHeaders.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const cache = (path: string) =>
  headersFor(rules, path)
    .filter(([name]) => name === 'Cache-Control')
    .map(([, value]) => value);

describe('public/_headers', () => {
  it('caches hashed assets for a year, unchanged', () => {
    expect(cache('/assets/index-B4nMfq9s.js')).toEqual(['public, max-age=31536000, immutable']);
  });

  it('revalidates pages, the service worker and the manifest on every visit', () => {
    for (const path of ['/', '/index.html', '/read/x', '/exams/dva-c02/review', '/sw.js'])
      expect(cache(path), path).toEqual(['no-cache']);
    expect(cache('/manifest.webmanifest')).toEqual(['no-cache']);
    expect(cache('/workbox-2178cfdb.js')).toEqual(['no-cache']);
  });

  it('sets each header once per path and the security headers everywhere', () => {
    for (const path of ['/', '/assets/a.js', '/read/x', '/favicon.svg']) {
      const names = headersFor(rules, path).map(([name]) => name);
      expect(new Set(names).size, path).toBe(names.length);
      expect(names, path).toContain('X-Content-Type-Options');
    }
  });
});

describe('fileForPath', () => {
  it('maps a route to the file hosts and Workbox serve for its clean URL', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/read/dva-packaging')).toBe('read/dva-packaging.html');
    expect(fileForPath('*')).toBe('404.html');
  });
});
