/** Catalogue entries for files, YAML, the exam files and the facts registry. */
import { def } from './define.ts';

const KEYS_HINT =
  'remove it or fix its spelling (the instructors’ guide in content/README.md lists the keys)';
const YAML_HINT =
  'check the indentation and quoting on this line (text containing ": " or starting with a special character needs quotes)';

export const FileErrors = {
  StrayFile: def(
    'CONTENT001',
    'stray-file',
    'A file sits where the compiler reads nothing, so it would be silently ignored.',
    () => [
      'this file is not in a place the compiler reads',
      'chapters go in content/chapters/*.md, flashcards in content/cards/*.md, questions in content/questions/*.md, exams in content/exams/*.yaml',
    ],
    undefined,
  ),
  FactsMissing: def(
    'CONTENT002',
    'facts-missing',
    'content/facts.yaml does not exist.',
    () => ['the facts registry is missing', 'create content/facts.yaml (see content/README.md)'],
    undefined,
  ),
  YamlSyntax: def(
    'CONTENT003',
    'yaml-syntax',
    'A YAML file, frontmatter or metadata block cannot be read.',
    (p: { what: string; reason: string }) => [`broken ${p.what}: ${p.reason}`, YAML_HINT],
    { what: 'frontmatter', reason: 'Nested mappings are not allowed in compact mappings' },
  ),
  MissingKey: def(
    'CONTENT004',
    'missing-key',
    'A required key is absent.',
    (p: { key: string; context: string; expected: string }) => [
      `missing "${p.key}" in ${p.context}`,
      `add a line "${p.key}: …" (${p.expected})`,
    ],
    { key: 'summary', context: 'the chapter frontmatter', expected: 'text' },
  ),
  WrongType: def(
    'CONTENT005',
    'wrong-type',
    'A key holds the wrong kind of value (text, number, list…).',
    (p: { where: string; expected: string; input: string }) => [
      `${p.where} should be ${p.expected}, not ${p.input}`,
      `change the value of ${p.where}`,
    ],
    { where: '"weight"', expected: 'a number', input: '"high"' },
  ),
  NotAllowedValue: def(
    'CONTENT006',
    'not-allowed-value',
    'A key only accepts a fixed set of values, and this is not one of them.',
    (p: { where: string; input: string; allowed: string }) => [
      `${p.where} can't be ${p.input}`,
      `use one of: ${p.allowed}`,
    ],
    { where: '"level"', input: '"expert"', allowed: 'foundational, intermediate, advanced' },
  ),
  UnknownKey: def(
    'CONTENT007',
    'unknown-key',
    'A key the format does not know, often a misspelling.',
    (p: { key: string; context: string }) => [`unknown key "${p.key}" in ${p.context}`, KEYS_HINT],
    { key: 'auther', context: 'the chapter frontmatter' },
  ),
  EmptyValue: def(
    'CONTENT008',
    'empty-value',
    'A key that needs text or a list is empty.',
    (p: { where: string; hint: string }) => [`${p.where} is empty`, p.hint],
    { where: '"tasks"', hint: 'list at least one task statement' },
  ),
  InvalidValue: def(
    'CONTENT009',
    'invalid-value',
    'A value has the right kind but the wrong form (an id, a date, a link…).',
    (p: { where: string; input: string; hint: string }) => [
      `${p.where} is not valid (${p.input})`,
      p.hint,
    ],
    { where: '"updated"', input: '"20-11-2026"', hint: 'write a date as YYYY-MM-DD' },
  ),
  NoFrontmatter: def(
    'CONTENT010',
    'no-frontmatter',
    'A Markdown file does not start with its "---" frontmatter block.',
    (p: { what: string }) => [
      `the ${p.what} has no frontmatter`,
      'start the file with a "---" line, the keys (see content/README.md), and another "---" line',
    ],
    { what: 'chapter' },
  ),
  DuplicateExam: def(
    'CONTENT015',
    'duplicate-exam',
    'Two exam files declare the same exam id.',
    (p: { id: string }) => [`exam ${p.id} is defined twice`, 'keep one file per exam'],
    { id: 'DVA-C02' },
  ),
  ExamWeights: def(
    'CONTENT016',
    'exam-weights',
    "An exam's domain weights do not add up to 100%.",
    (p: { total: number }) => [
      `domain weights add up to ${p.total}%`,
      'make the weights add up to 100, as in the exam guide',
    ],
    { total: 96 },
  ),
  FactsNotAMap: def(
    'CONTENT017',
    'facts-not-a-map',
    'content/facts.yaml is not a map of fact ids to facts.',
    () => [
      'facts.yaml should map fact ids to facts',
      'write "fact-id:" lines with the fields indented below',
    ],
    undefined,
  ),
  InvalidFactId: def(
    'CONTENT018',
    'invalid-fact-id',
    'A fact id in content/facts.yaml is not lowercase letters, digits and hyphens.',
    (p: { id: string }) => [
      `"${p.id}" is not a valid fact id`,
      'use lowercase letters, digits and hyphens',
    ],
    { id: 'Timeout_Max' },
  ),
};
