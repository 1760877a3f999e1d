/** Runs the pass for one chapter, deck or bank file. */
import type { SourceText } from '../diagnostics.ts';
import { compileChapter } from './chapters.ts';
import { compileCollection } from './collections.ts';
import type { FileResult, Registry } from './context.ts';
import type { FileKind } from './registry.ts';

export function compileFile(kind: FileKind, source: SourceText, registry: Registry): FileResult {
  return kind === 'chapter'
    ? compileChapter(source, registry)
    : compileCollection(kind, source, registry);
}
