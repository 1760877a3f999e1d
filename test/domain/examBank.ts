/**
 * A small fixed exam and question bank for the exam-simulator tests: DVA-C02 with four domains
 * weighted 32/26/24/18 (3, 3, 2 and 2 task statements) and 40 questions, 12/10/10/8 per domain.
 * Every fourth question (global index 3, 7, 11, …) is "Select TWO": 10 of 40, a 25 % share.
 */
import type { Difficulty, Question } from '../../src/schema/content';
import type { Domain, Exam } from '../../src/schema/exam';

const domain = (number: number, name: string, weight: number, tasks: number): Domain => ({
  number,
  name,
  weight,
  tasks: Array.from({ length: tasks }, (_, t) => ({
    id: `DVA-C02:${number}.${t + 1}`,
    number: `${number}.${t + 1}`,
    title: `Task ${number}.${t + 1}`,
    lambda: false,
  })),
});

export const exam: Exam = {
  id: 'DVA-C02',
  slug: 'dva-c02',
  name: 'AWS Certified Developer - Associate',
  short: 'Developer',
  level: 'associate',
  questions: 65,
  scored: 50,
  minutes: 130,
  passMark: 720,
  guide: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/',
  domains: [
    domain(1, 'Development with AWS Services', 32, 3),
    domain(2, 'Security', 26, 3),
    domain(3, 'Deployment', 24, 2),
    domain(4, 'Troubleshooting and Optimization', 18, 2),
  ],
};

const DIFFICULTY: Difficulty[] = ['easy', 'medium', 'hard'];

export function question(
  id: string,
  tasks: string[],
  select = 1,
  difficulty: Difficulty = 'medium',
  exams = ['DVA-C02'],
): Question {
  const optionCount = select > 1 ? 5 : 4;
  return {
    type: 'choice',
    id,
    title: `Question ${id}`,
    exams,
    tasks,
    chapter: null,
    section: null,
    difficulty,
    select,
    stemHtml: '<p>?</p>',
    options: Array.from({ length: optionCount }, (_, i) => ({
      html: `<p>${i}</p>`,
      correct: i < select,
      explanationHtml: '',
    })),
    explanationHtml: null,
    sources: ['https://docs.aws.amazon.com/'],
    facts: [],
  };
}

/** Questions per domain, in domain order. */
export const PER_DOMAIN = [12, 10, 10, 8];

/** The 40-question bank: ids `q1-01` … (domain, then number), tasks taken in turn. */
export function bank(perDomain: readonly number[] = PER_DOMAIN): Question[] {
  let g = 0;
  return exam.domains.flatMap((d, di) =>
    Array.from({ length: perDomain[di] ?? 0 }, (_, i) => {
      const task = (d.tasks[i % d.tasks.length] as { id: string }).id;
      const q = question(
        `q${d.number}-${String(i + 1).padStart(2, '0')}`,
        [task],
        g % 4 === 3 ? 2 : 1,
        DIFFICULTY[g % 3],
      );
      g++;
      return q;
    }),
  );
}

/** The domain number in a bank id (`q3-07` → 3). */
export const domainOf = (id: string): number => Number(id.slice(1, id.indexOf('-')));
