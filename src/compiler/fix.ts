/**
 * `npm run content:fix`: stamps a fresh id into every card and question heading that lacks
 * `{#id}`, and every chapter frontmatter that lacks `id:`. Existing ids are never changed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parseMarkdown } from './markdown/parse.ts';

const ID_SUFFIX = /\{#[^}]*\}[ \t]*$/;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

function slug(text: string): string {
  const words = new GithubSlugger().slug(text).split('-').filter(Boolean);
  let out = '';
  for (const w of words) {
    if (out.length + w.length + 1 > 40) break;
    out = out ? `${out}-${w}` : w;
  }
  return out || 'item';
}

export interface FixResult {
  file: string;
  stamped: string[];
}

export function fixIds(contentDir: string): FixResult[] {
  const files = markdownFiles(contentDir).filter((f) => relative(contentDir, f) !== 'README.md');
  const taken = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\{#([a-z0-9-]+)\}/g)) taken.add(m[1] ?? '');
    for (const m of text.matchAll(/^id:\s*([a-z0-9-]+)\s*$/gm)) taken.add(m[1] ?? '');
  }
  const fresh = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };

  const results: FixResult[] = [];
  for (const file of files) {
    let text = readFileSync(file, 'utf8');
    const stamped: string[] = [];
    const rel = relative(contentDir, file);
    if (rel.startsWith('chapters')) {
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (fm && !/^id:/m.test(fm[1] ?? '')) {
        const id = fresh(slug(basename(file, '.md')));
        text = text.replace(/^---\r?\n/, (open) => `${open}id: ${id}\n`);
        stamped.push(id);
      }
    } else {
      const root = parseMarkdown(text);
      const edits: { at: number; insert: string }[] = [];
      for (const node of root.children) {
        if (node.type !== 'heading' || node.depth !== 2) continue;
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? 0;
        const line = text.slice(start, end);
        if (ID_SUFFIX.test(line)) continue;
        const id = fresh(slug(line.replace(/^##\s*/, '')));
        edits.push({ at: end, insert: ` {#${id}}` });
        stamped.push(id);
      }
      for (const e of edits.reverse()) text = text.slice(0, e.at) + e.insert + text.slice(e.at);
    }
    if (stamped.length) {
      writeFileSync(file, text);
      results.push({ file: rel, stamped });
    }
  }
  return results;
}
