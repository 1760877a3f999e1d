/** Reads the exam files: each exam with its domains and task statements, ids made canonical. */
import { examSource, type Exam } from '../../schema/exam.ts';
import { examSlug } from '../../schema/ids.ts';
import type { Problems, SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { parseYaml, validateYaml } from '../yamlSource.ts';
import type { Registry } from './context.ts';

export function readExams(
  sources: SourceText[],
  problems: Problems,
): Pick<Registry, 'exams' | 'tasks'> {
  const exams = new Map<string, Exam>();
  const tasks = new Map<string, { exam: Exam; lambda: boolean }>();
  for (const source of sources) {
    const parsed = parseYaml(source, source.text, 0, problems, 'YAML');
    if (!parsed) continue;
    const data = validateYaml(examSource, parsed, source, problems, 'the exam');
    if (!data) continue;
    if (exams.has(data.id)) {
      problems.at(source, parsed.locate(['id'], true), E.DuplicateExam, { id: data.id });
      continue;
    }
    const total = data.domains.reduce((sum, d) => sum + d.weight, 0);
    if (total !== 100) problems.at(source, parsed.locate(['domains']), E.ExamWeights, { total });
    const exam: Exam = {
      ...data,
      slug: examSlug(data.id),
      domains: data.domains.map((d) => ({
        ...d,
        tasks: d.tasks.map((t) => ({
          id: `${data.id}:${t.number}`,
          number: t.number,
          title: t.title,
          lambda: t.lambda ?? false,
        })),
      })),
    };
    exams.set(exam.id, exam);
    for (const d of exam.domains)
      for (const t of d.tasks) tasks.set(t.id, { exam, lambda: t.lambda });
  }
  return { exams, tasks };
}
