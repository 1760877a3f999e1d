/**
 * The shape of a catalogue entry, and the authors' guide section generated from the catalogue.
 * Codes never change meaning and are never reused, so authors and tools can search for them.
 */

export interface ErrorDef<P = void> {
  code: `CONTENT${string}`;
  /** Permanent kebab-case name, e.g. `unknown-fact`. */
  name: string;
  /** What the problem means, for the authors' guide. */
  meaning: string;
  /** Message (what is wrong) and hint (what to do) for one occurrence. */
  text: (params: P) => readonly [message: string, hint: string];
  /** Parameters the authors' guide uses to show an example. */
  example: P;
}

export const def = <P = void>(
  code: ErrorDef<P>['code'],
  name: string,
  meaning: string,
  text: ErrorDef<P>['text'],
  example: NoInfer<P>,
): ErrorDef<P> => ({ code, name, meaning, text, example });

/** Any entry, whatever its parameters (for listing the catalogue). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyErrorDef = ErrorDef<any>;

/** Markdown text safe in a table cell: no column breaks, no accidental emphasis. */
const cell = (text: string) => text.replace(/[|*_]/g, (c) => `\\${c}`);
const code = (text: string) => `\`${text.replaceAll('|', '\\|')}\``;

/** One Markdown table row per entry: code, name, meaning, an example message and its hint. */
export function catalogueRows(defs: readonly AnyErrorDef[]): string[] {
  return defs.map((d) => {
    const [message, hint] = d.text(d.example);
    return `| ${d.code} | ${code(d.name)} | ${cell(d.meaning)} | ${code(message)} | ${cell(hint)} |`;
  });
}

export function catalogueMarkdown(defs: readonly AnyErrorDef[]): string {
  return [
    '| code | name | what it means | example message | what to do |',
    '| ---- | ---- | ------------- | --------------- | ---------- |',
    ...catalogueRows(defs),
  ].join('\n');
}
