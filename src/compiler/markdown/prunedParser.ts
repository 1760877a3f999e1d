/**
 * Markdown parsers (CommonMark + YAML frontmatter + GFM) that leave out the GFM constructs a text
 * cannot contain. micromark tries the table construct at the start of every line and the email
 * autolink at every letter and digit; a text with no `|` has no table and one with no `@` no
 * email address, so skipping them gives the same tree for less work. The same holds for the
 * mdast transform that finds literal autolinks the tokenizer could not (it walks every tree).
 * remark-gfm offers no switch for single constructs, so its extensions are filtered by name.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** A construct and the text that must occur for it to match anything. */
const OPTIONAL: readonly { name: string; needs: RegExp }[] = [
  { name: 'table', needs: /\|/ },
  { name: 'emailAutolink', needs: /@/ },
  { name: 'wwwAutolink', needs: /www\./i },
  { name: 'protocolAutolink', needs: /https?:/i },
  { name: 'strikethrough', needs: /~/ },
];

interface Parser {
  parse(text: string): Root;
}

const parsers = new Map<string, Parser>();

export function parserFor(text: string): Parser {
  const dropped = OPTIONAL.filter((c) => !c.needs.test(text)).map((c) => c.name);
  const key = dropped.join(',');
  let parser = parsers.get(key);
  if (!parser) {
    parser = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkGfm)
      .use(withoutConstructs, new Set(dropped));
    parsers.set(key, parser);
  }
  return parser;
}

const AUTOLINKS = ['wwwAutolink', 'protocolAutolink', 'emailAutolink'];
const AUTOLINK_TRANSFORM = 'transformGfmAutolinkLiterals';

/** Unified plugin, used after remark-gfm: removes the named constructs from the extensions. */
function withoutConstructs(this: Processor, dropped: ReadonlySet<string>): void {
  if (dropped.size === 0) return;
  const data = this.data();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) =>
    filterExtension(extension as Record<string, unknown>, dropped),
  );
  if (AUTOLINKS.every((name) => dropped.has(name)))
    data.fromMarkdownExtensions = withoutTransform(
      (data.fromMarkdownExtensions ?? []) as MdastExtensions,
    ) as typeof data.fromMarkdownExtensions;
}

/** mdast-util-from-markdown extensions, as far as filtering their transforms needs. */
type MdastExtensions = ({ transforms?: { name: string }[] } | MdastExtensions)[];

/** The mdast extensions (nested lists of them) without the literal-autolink transform. */
function withoutTransform(extensions: MdastExtensions): MdastExtensions {
  return extensions.map((e) =>
    Array.isArray(e)
      ? withoutTransform(e)
      : { ...e, transforms: e.transforms?.filter((t) => t.name !== AUTOLINK_TRANSFORM) },
  );
}

/** A copy of a micromark extension ({field: {charCode: construct | construct[]}}) minus some. */
function filterExtension(
  extension: Record<string, unknown>,
  dropped: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, byCode] of Object.entries(extension)) {
    if (!byCode || typeof byCode !== 'object' || Array.isArray(byCode)) {
      out[field] = byCode;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [code, constructs] of Object.entries(byCode as Record<string, unknown>)) {
      const list = (Array.isArray(constructs) ? constructs : [constructs]) as { name?: string }[];
      const left = list.filter((c) => !c.name || !dropped.has(c.name));
      if (left.length) kept[code] = left;
    }
    out[field] = kept;
  }
  return out;
}
