/** Finds the content files and sorts them by kind; reports files in places nothing reads. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Problems, SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';

export interface ContentFiles {
  /** Every file, absolute paths (for watching). */
  all: string[];
  exams: string[];
  facts: string | null;
  chapters: string[];
  decks: string[];
  banks: string[];
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

/** `content/…` path of a file, as authors see it in messages. */
export function labelled(dir: string, label: string, file: string): string {
  return `${label}/${relative(dir, file).split(sep).join('/')}`;
}

export function findFiles(dir: string, label: string, problems: Problems): ContentFiles {
  const files: ContentFiles = {
    all: listFiles(dir),
    exams: [],
    facts: null,
    chapters: [],
    decks: [],
    banks: [],
  };
  for (const file of files.all) {
    const path = relative(dir, file).split(sep).join('/');
    if (path === 'README.md') continue;
    if (path === 'facts.yaml') files.facts = file;
    else if (/^exams\/[^/]+\.ya?ml$/.test(path)) files.exams.push(file);
    else if (/^chapters\/.+\.md$/.test(path)) files.chapters.push(file);
    else if (/^cards\/.+\.md$/.test(path)) files.decks.push(file);
    else if (/^questions\/.+\.md$/.test(path)) files.banks.push(file);
    else problems.at(new SourceText(labelled(dir, label, file), ''), 0, E.StrayFile);
  }
  return files;
}
