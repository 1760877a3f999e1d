/**
 * The catalogue of content problems, in one place: every problem an author can meet, with a
 * permanent code and name, what it means, and its message and hint. content/README.md lists them
 * (`npx tsx src/compiler/cli.ts catalogue` prints that section; a test keeps the two in step).
 */
import type { AnyErrorDef } from './define.ts';
import { FileErrors } from './files.ts';
import { ItemErrors } from './items.ts';
import { MarkdownErrors } from './markdown.ts';

export type { ErrorDef } from './define.ts';
export { catalogueMarkdown } from './define.ts';

export const ContentErrors = { ...FileErrors, ...ItemErrors, ...MarkdownErrors };

/** Every entry, in code order. */
export const CATALOGUE: readonly AnyErrorDef[] = Object.values(ContentErrors).sort((a, b) =>
  a.code.localeCompare(b.code),
);
