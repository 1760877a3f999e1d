/**
 * YAML parsing that keeps positions, so a problem with a key points at that key's own line,
 * and zod issues are translated into author-facing messages with a hint.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Problems, SourceText } from './diagnostics.ts';
import { ContentErrors as E } from './errors/index.ts';
import { plainMapping } from './yamlLines.ts';

export interface ParsedYaml {
  value: unknown;
  /** Offset of a path's key (or value for list items) in the source text. */
  locate(path: readonly PropertyKey[], preferValue?: boolean): number;
}

/**
 * Parses YAML found at `baseOffset` in `source` (a whole file, or a frontmatter/metadata block).
 * Syntax errors are reported and yield `null`.
 */
export function parseYaml(
  source: SourceText,
  yamlText: string,
  baseOffset: number,
  problems: Problems,
  what: string,
): ParsedYaml | null {
  const plain = plainMapping(yamlText);
  if (plain) {
    return {
      value: plain.value,
      // As the general path does: a key's offset, or its value's for the last key of the path.
      locate(path, preferValue = false) {
        const found = plain.at.get(String(path[0]));
        if (!found) return baseOffset;
        return baseOffset + (preferValue && path.length === 1 ? found.value : found.key);
      },
    };
  }
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const reason = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
      problems.at(source, baseOffset + err.pos[0], E.YamlSyntax, { what, reason });
    }
    return null;
  }
  const root = doc.contents;
  return {
    value: doc.toJS() as unknown,
    locate(path, preferValue = false) {
      let node: unknown = root;
      let at = root?.range[0] ?? 0;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
          if (!pair) break;
          const keyNode = pair.key as YamlNode;
          const valueNode = pair.value as YamlNode | null;
          at = keyNode.range?.[0] ?? at;
          node = valueNode;
          if (preferValue && key === path[path.length - 1] && valueNode?.range) {
            at = valueNode.range[0];
          }
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as YamlNode | undefined;
          if (!item) break;
          at = item.range?.[0] ?? at;
          node = item;
        } else break;
      }
      return baseOffset + at;
    },
  };
}

function describeInput(input: unknown): string {
  if (input === null || input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a set of keys';
  if (typeof input === 'string') return `"${input}"`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return typeof input;
}

function expectedPhrase(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a set of keys';
    default:
      return expected;
  }
}

/**
 * Validates `parsed` against `schema`, reporting each zod issue at the offending key. Returns the
 * parsed data, or null when there were problems.
 */
export function validateYaml<T extends z.ZodType>(
  schema: T,
  parsed: ParsedYaml,
  source: SourceText,
  problems: Problems,
  context: string,
): z.infer<T> | null {
  const result = schema.safeParse(parsed.value ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path;
    const key = path.findLast((p): p is string => typeof p === 'string') ?? context;
    const where = path.length ? `"${path.join('.')}"` : context;
    const offset = parsed.locate(path, true);
    const input = describeInput(issue.input);
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const expected = expectedPhrase(issue.expected);
      problems.at(source, parsed.locate(path.slice(0, -1)), E.MissingKey, {
        key,
        context,
        expected,
      });
    } else if (issue.code === 'invalid_type') {
      const expected = expectedPhrase(issue.expected);
      problems.at(source, offset, E.WrongType, { where, expected, input });
    } else if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String).join(', ');
      problems.at(source, offset, E.NotAllowedValue, { where, input, allowed });
    } else if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys)
        problems.at(source, parsed.locate([...path, k]), E.UnknownKey, { key: k, context });
    } else if (issue.code === 'too_small' && issue.origin === 'array') {
      const hint = issue.message.startsWith('Too small')
        ? `list at least ${issue.minimum}`
        : issue.message;
      problems.at(source, offset, E.EmptyValue, { where, hint });
    } else if (issue.code === 'too_small' && issue.origin === 'string') {
      problems.at(source, offset, E.EmptyValue, { where, hint: 'write a value after the colon' });
    } else {
      problems.at(source, offset, E.InvalidValue, { where, input, hint: issue.message });
    }
  }
  return null;
}
