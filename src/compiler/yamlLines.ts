/**
 * A fast path for the commonest YAML here, an item's metadata: a few `key: plain text` lines.
 * The YAML library costs about as much per three-line block as parsing the item's Markdown, so
 * blocks that are certainly a map of plain strings are read directly. Anything YAML could read
 * differently (quotes, lists, comments, numbers, booleans, nulls, a ": " inside a value, a
 * repeated key) is left to the library, which also reports errors.
 */

export interface PlainMapping {
  value: Record<string, string>;
  /** Offsets in the block of each key and of its value. */
  at: Map<string, { key: number; value: number }>;
}

const LINE = /^([a-z][A-Za-z]*):[ ]+(\S(?:.*\S)?)[ ]*$/;
/** First characters that make YAML read a value as something other than plain text. */
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`~.+0-9]/;
const NOT_TEXT = /^(?:null|true|false|yes|no|on|off)$/i;

export function plainMapping(text: string): PlainMapping | null {
  const value: Record<string, string> = {};
  const at = new Map<string, { key: number; value: number }>();
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    const [, key = '', raw = ''] = m ?? [];
    if (!m || at.has(key) || SPECIAL_START.test(raw) || NOT_TEXT.test(raw)) return null;
    if (/[#\t]|:(?: |$)/.test(raw)) return null;
    value[key] = raw;
    at.set(key, { key: offset, value: offset + line.indexOf(raw, key.length + 1) });
    offset += line.length + 1;
  }
  return at.size ? { value, at } : null;
}
