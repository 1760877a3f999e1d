/**
 * Content command line:
 *   content:check             check every file; print problems as path:line:col; exit 1 if any
 *   content:fix               stamp ids into items that lack them, then check
 *   content:stats [--json]    per-exam counts and coverage [--verify-by-days N] [--today YYYY-MM-DD]
 *   content:stats --coverage  per task statement: chapters, cards, questions [--json]
 *   tsx src/compiler/cli.ts catalogue   the problem catalogue as a Markdown table (content/README.md)
 */
import { resolve } from 'node:path';
import { createContentCompiler } from './compile.ts';
import { formatReport } from './diagnostics.ts';
import { CATALOGUE, catalogueMarkdown } from './errors/index.ts';
import { contentCoverage, formatCoverage } from './coverage.ts';
import { fixIds } from './fix.ts';
import { contentStats, formatStats } from './stats.ts';

const [command = 'check', ...args] = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(option('--dir') ?? 'content');

// Whole-folder compiles: worth spreading over threads when the content is large.
const compile = () => createContentCompiler({ dir }).compileParallel();

async function check(): Promise<number> {
  const content = await compile();
  if (content.problems.length) {
    console.error(formatReport(content.problems));
    return 1;
  }
  const { index, items } = content;
  console.log(
    `Content OK: ${index.exams.length} exams, ${content.facts.length} facts, ${index.chapters.length} chapters, ${items.cards.length} cards, ${items.questions.length} questions.`,
  );
  return 0;
}

switch (command) {
  case 'check':
    process.exitCode = await check();
    break;
  case 'fix': {
    for (const r of fixIds(dir)) console.log(`content/${r.file}: stamped ${r.stamped.join(', ')}`);
    process.exitCode = await check();
    break;
  }
  case 'stats': {
    const content = await compile();
    if (content.problems.length) {
      console.error(formatReport(content.problems));
      process.exitCode = 1;
      break;
    }
    if (args.includes('--coverage')) {
      const coverage = contentCoverage(content);
      console.log(
        args.includes('--json') ? JSON.stringify(coverage, null, 2) : formatCoverage(coverage),
      );
      break;
    }
    const today = option('--today');
    const now = today ? new Date(`${today}T00:00:00Z`) : new Date();
    const stats = contentStats(content, now, Number(option('--verify-by-days') ?? 180));
    console.log(args.includes('--json') ? JSON.stringify(stats, null, 2) : formatStats(stats));
    break;
  }
  case 'catalogue':
    console.log(catalogueMarkdown(CATALOGUE));
    break;
  default:
    console.error(`unknown command "${command}": use check, fix, stats or catalogue`);
    process.exitCode = 2;
}
