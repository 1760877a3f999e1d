/**
 * Problems found in content files. Every problem carries a location kept apart from its text,
 * its catalogue code (errors/), a message saying what is wrong, and a hint saying what to do.
 * They are printed one per line:
 *
 *   content/chapters/dva/lifecycle.md:12:3  CONTENT012 unknown fact "timeout-maxx" — did you mean "{{timeout-max}}"? Facts are defined in content/facts.yaml
 */
import type { ErrorDef } from './errors/index.ts';

/** An entry without parameters takes none; the others take theirs. */
type ParamsOf<P> = undefined extends P ? [params?: P] : [params: P];

export interface Problem {
  /** Path relative to the project root, e.g. `content/chapters/intro.md`. */
  file: string;
  line: number;
  column: number;
  /** The catalogue code, e.g. `CONTENT012`. */
  code: string;
  message: string;
  hint: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.code} ${p.message} — ${p.hint}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

export function formatReport(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = sortProblems(problems).map(formatProblem);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  lines.push('', `${problems.length} content ${noun} in ${files} file${files === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

/** Line and column (both 1-based) for offsets into one source text. */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  offset(line: number, column: number): number {
    return (this.lineStarts[line - 1] ?? this.text.length) + column - 1;
  }

  /** A problem of catalogue kind `def` at `offset`; `params` fill its message and hint. */
  problem<P>(offset: number, def: ErrorDef<P>, ...params: ParamsOf<P>): Problem {
    const [message, hint] = def.text(params[0] as P);
    return { file: this.file, ...this.position(offset), code: def.code, message, hint };
  }
}

/** Collects problems; the compiler reports them all at the end instead of stopping at the first. */
export class Problems {
  readonly list: Problem[] = [];

  add(problem: Problem): void {
    this.list.push(problem);
  }

  /** Reports a problem of kind `def` at `offset` in `source`. */
  at<P>(source: SourceText, offset: number, def: ErrorDef<P>, ...params: ParamsOf<P>): void {
    this.list.push(source.problem(offset, def, ...params));
  }

  get count(): number {
    return this.list.length;
  }
}
