/** Catalogue entries for Markdown: facts, callouts, raw HTML, links and cross-file link checks. */
import { def } from './define.ts';

export const MarkdownErrors = {
  UnknownFact: def(
    'CONTENT012',
    'unknown-fact',
    'A {{fact-id}} names no fact in content/facts.yaml.',
    (p: { id: string; guess: string | null }) => [
      `unknown fact "${p.id}"`,
      p.guess
        ? `did you mean "{{${p.guess}}}"? Facts are defined in content/facts.yaml`
        : 'add it to content/facts.yaml with its value and AWS source, or fix the id',
    ],
    { id: 'timeout-maxx', guess: 'timeout-max' },
  ),
  FactWithoutPrevious: def(
    'CONTENT013',
    'fact-without-previous',
    '{{fact-id.previous}} is used on a fact that has no "previous" value.',
    (p: { id: string }) => [
      `fact "${p.id}" has no previous value`,
      `add "previous:" (value and changed) to "${p.id}" in content/facts.yaml, or write {{${p.id}}}`,
    ],
    { id: 'memory-max' },
  ),
  UnknownFactForm: def(
    'CONTENT014',
    'unknown-fact-form',
    'A fact is inserted with a suffix other than ".previous".',
    (p: { id: string; written: string }) => [
      `"{{${p.written}}}" is not a fact form`,
      `write {{${p.id}}} for the current value or {{${p.id}.previous}} for the value before AWS changed it`,
    ],
    { id: 'timeout-max', written: 'timeout-max.old' },
  ),
  RawHtml: def(
    'CONTENT042',
    'raw-html',
    'Content contains raw HTML, which is never rendered.',
    () => [
      'raw HTML is not allowed in content',
      'write it in Markdown instead (tables, emphasis, lists and callouts are all available)',
    ],
    undefined,
  ),
  Image: def(
    'CONTENT043',
    'image',
    'Content contains an image; images are not supported yet.',
    () => ['images are not supported yet', 'describe the diagram in words or with a table'],
    undefined,
  ),
  UnknownCallout: def(
    'CONTENT044',
    'unknown-callout',
    'A blockquote starts with a [!marker] that is not a known callout.',
    (p: { marker: string; known: string }) => [
      `unknown callout "[!${p.marker}]"`,
      `use one of: ${p.known}`,
    ],
    { marker: 'warning', known: '[!exam-tip], [!wrong-answer], [!mix-up], [!note]' },
  ),
  EmptyCallout: def(
    'CONTENT045',
    'empty-callout',
    'A callout has a marker but no text.',
    (p: { title: string }) => [
      `the ${p.title} callout is empty`,
      'write its text on the lines below the marker, each starting with ">"',
    ],
    { title: 'Exam tip' },
  ),
  LinkToFile: def(
    'CONTENT046',
    'link-to-file',
    'A link points at a file path instead of a chapter id or a web address.',
    (p: { url: string }) => [
      `link "${p.url}" points at a file`,
      'link to a chapter by its id, e.g. [Cold starts](chapter:cold-starts), or use a full https:// address',
    ],
    { url: '../chapters/lifecycle.md' },
  ),
  InsecureLink: def(
    'CONTENT047',
    'insecure-link',
    'A web link uses http:// instead of https://.',
    (p: { url: string }) => [`link "${p.url}" is not secure`, 'use the https:// address'],
    { url: 'http://aws.amazon.com/lambda/' },
  ),
  UnknownChapter: def(
    'CONTENT048',
    'unknown-chapter',
    'A chapter: link or a "chapter:" key names no chapter.',
    (p: { id: string; guess: string | null }) => [
      `no chapter has the id "${p.id}"`,
      p.guess ? `did you mean "${p.guess}"?` : "check the id in the target chapter's frontmatter",
    ],
    { id: 'lifecycle', guess: null },
  ),
  InPageLinkOutsideChapter: def(
    'CONTENT049',
    'in-page-link-outside-chapter',
    'A card or question links to "#section", but only chapters have sections.',
    (p: { section: string }) => [
      `"#${p.section}" links inside a page, but cards and questions have no sections`,
      'link to a chapter section: chapter:ID#section',
    ],
    { section: 'timeout' },
  ),
  UnknownSection: def(
    'CONTENT050',
    'unknown-section',
    'A link names a section (#anchor) that the chapter does not have.',
    (p: { section: string; chapter: string | null; hint: string }) => [
      `no section "#${p.section}" in ${p.chapter ? `chapter "${p.chapter}"` : 'this chapter'}`,
      p.hint,
    ],
    { section: 'tmeout', chapter: 'limits', hint: 'did you mean "#timeout"?' },
  ),
  ItemWithoutChapter: def(
    'CONTENT051',
    'item-without-chapter',
    'A card or question does not say which chapter section teaches it (learners open it after a wrong answer).',
    (p: { kind: string }) => [
      `${p.kind} has no chapter link`,
      'add a line "chapter: <chapter-id>#<section>" under the heading, or a "chapter:" default to the file\'s frontmatter',
    ],
    { kind: 'question' },
  ),
  ChapterLinkWithoutSection: def(
    'CONTENT052',
    'chapter-link-without-section',
    'A card or question names the chapter that teaches it but not the section.',
    (p: { kind: string; chapter: string; inherited: boolean; sections: string }) => [
      p.inherited
        ? `${p.kind} takes "chapter: ${p.chapter}" from the file's frontmatter, which names no section`
        : `"chapter: ${p.chapter}" names no section`,
      `${p.inherited ? 'add a line' : 'write'} "chapter: ${p.chapter}#<section>"${p.inherited ? ' under the heading' : ''}; closest sections: ${p.sections}`,
    ],
    { kind: 'card', chapter: 'limits', inherited: false, sections: '#timeout, #memory' },
  ),
};
