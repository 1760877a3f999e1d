/**
 * Code blocks scroll sideways rather than wrap, so each is a tab stop (a keyboard user can then
 * scroll it: WCAG 2.1.1, axe's scrollable-region-focusable) and a named group, so a screen reader
 * says what the stop holds. Done in the Markdown → HTML step (a handler, not one more walk).
 */
import type { Code } from 'mdast';
import { defaultHandlers, type Options } from 'remark-rehype';

type CodeHandler = (
  ...args: Parameters<typeof defaultHandlers.code>
) => ReturnType<typeof defaultHandlers.code>;

/** Names of the fence languages a label shows; others show as written. */
const LANGUAGES: Record<string, string> = {
  bash: 'Shell',
  sh: 'Shell',
  shell: 'Shell',
  dockerfile: 'Dockerfile',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  jsonc: 'JSON',
  python: 'Python',
  typescript: 'TypeScript',
  ts: 'TypeScript',
  yaml: 'YAML',
};

/** The sanitiser lets through only labels of this shape ("Python code", "Code"). */
export const CODE_LABEL = /^(?:[\w.+#-]+ code|Code)$/;

/** "Python code" for a `python` fence; "Code" for one without a language or marked as text. */
export function codeLabel(lang: string | null | undefined): string {
  const key = lang?.toLowerCase() ?? '';
  if (!key || key === 'text' || key === 'txt' || key === 'plaintext') return 'Code';
  return `${LANGUAGES[key] ?? key} code`;
}

export const codeBlock: CodeHandler = (state, node: Code) => {
  const pre = defaultHandlers.code(state, node);
  pre.properties = {
    ...pre.properties,
    tabIndex: 0,
    role: 'group',
    ariaLabel: codeLabel(node.lang),
  };
  return pre;
};

export const codeHandlers: NonNullable<Options['handlers']> = { code: codeBlock };
