/**
 * The "Numbers and traps" cheat sheet of one exam, compiled from the facts registry and the
 * chapters' callouts (src/compiler/passes/cheatSheet.ts), grouped by the exam's domains.
 */
import type { Fact } from './fact.ts';

/** The callout kinds a cheat sheet gathers; plain notes stay in their chapter. */
export const CHEAT_SHEET_CALLOUTS = ['exam-tip', 'wrong-answer', 'mix-up'] as const;
export type CheatSheetCalloutKind = (typeof CHEAT_SHEET_CALLOUTS)[number];

/** A callout of a chapter, with where it stands. */
export interface ChapterCallout {
  kind: string;
  title: string;
  /** Sanitised HTML of the callout's text, links made absolute to the chapter. */
  html: string;
  /** The section it stands in; null before the first heading. */
  section: string | null;
}

export interface CheatSheetCallout extends Omit<ChapterCallout, 'kind'> {
  kind: CheatSheetCalloutKind;
  chapter: string;
}

export interface CheatSheetDomain {
  number: number;
  name: string;
  weight: number;
  /** Each figure once, under the domain of the first chapter (or item) of the exam citing it. */
  facts: Fact[];
  callouts: CheatSheetCallout[];
}

export interface CheatSheet {
  examId: string;
  /** Domains with at least one figure or callout, in the exam's order. */
  domains: CheatSheetDomain[];
}
