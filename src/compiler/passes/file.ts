/** Runs the pass for one chapter, deck or bank file. */
import type { SourceText } from '../diagnostics.ts';
import { compileChapter } from './chapters.ts';
import { compileCollection } from './collections.ts';
import type { FileResult, ItemKind, Registry } from './context.ts';

export function compileFile(kind: ItemKind, source: SourceText, registry: Registry): FileResult {
  return kind === 'chapter'
    ? compileChapter(source, registry)
    : compileCollection(kind, source, registry);
}
