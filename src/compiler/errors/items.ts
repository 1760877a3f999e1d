/** Catalogue entries for ids, exam scope, chapters, flashcards and questions. */
import { def } from './define.ts';

export const ItemErrors = {
  DuplicateId: def(
    'CONTENT011',
    'duplicate-id',
    'Two chapters, cards or questions share an id; learner progress is stored under it.',
    (p: { id: string; kind: string; prior: string }) => [
      `duplicate id "${p.id}" (${p.kind}); it is already used at ${p.prior}`,
      'give this one a new id; never reuse an id, because learner progress is stored under it',
    ],
    { id: 'card-timeout', kind: 'card', prior: 'content/cards/extra.md:6:1' },
  ),
  UnknownExam: def(
    'CONTENT019',
    'unknown-exam',
    'An exam id that no file in content/exams/ defines.',
    (p: { id: string; known: string }) => [`unknown exam "${p.id}"`, `use one of: ${p.known}`],
    { id: 'SAA-C09', known: 'CLF-C02, DVA-C02, SAA-C03' },
  ),
  UnknownTask: def(
    'CONTENT020',
    'unknown-task',
    'A task statement that the exam files do not list.',
    (p: { id: string; hint: string }) => [`unknown task statement "${p.id}"`, p.hint],
    {
      id: 'DVA-C02:1.9',
      hint: 'did you mean "DVA-C02:1.2"? Task statements are listed in content/exams/',
    },
  ),
  TaskOutsideExams: def(
    'CONTENT021',
    'task-outside-exams',
    'A chapter lists a task statement of an exam missing from its own exams.',
    (p: { task: string; exam: string }) => [
      `task ${p.task} belongs to ${p.exam}, which is not in this chapter's exams`,
      `add ${p.exam} to "exams", or remove the task`,
    ],
    { task: 'SAA-C03:3.2', exam: 'SAA-C03' },
  ),
  EmptyChapter: def(
    'CONTENT022',
    'empty-chapter',
    'A chapter has frontmatter but no text.',
    () => [
      'this chapter has no text',
      'write the chapter below the closing "---" of the frontmatter',
    ],
    undefined,
  ),
  EmptyCollection: def(
    'CONTENT023',
    'empty-collection',
    'A deck or question bank holds no items.',
    (p: { kind: string; what: string }) => [
      `this file has no ${p.kind}s`,
      `add one: a "## " heading ending in {#an-id}, then its ${p.what}`,
    ],
    { kind: 'card', what: 'back' },
  ),
  TextBeforeFirstItem: def(
    'CONTENT024',
    'text-before-first-item',
    'Text between the frontmatter and the first "## " heading belongs to no item.',
    (p: { kind: string }) => [
      `text before the first ${p.kind} belongs to no ${p.kind}`,
      `start each ${p.kind} with a "## " heading, or move this text into the file's frontmatter title`,
    ],
    { kind: 'question' },
  ),
  MissingItemId: def(
    'CONTENT025',
    'missing-item-id',
    'A card or question heading does not end in {#id}.',
    (p: { kind: string }) => [
      `${p.kind} has no id`,
      'run "npm run content:fix" to stamp one, or end the heading with {#a-new-id}',
    ],
    { kind: 'card' },
  ),
  InvalidItemId: def(
    'CONTENT026',
    'invalid-item-id',
    'An item id is not lowercase letters, digits and single hyphens.',
    (p: { id: string }) => [
      `"${p.id}" is not a valid id`,
      'use lowercase letters, digits and single hyphens, e.g. {#async-retries}',
    ],
    { id: 'Async_Retries' },
  ),
  CardWithoutExam: def(
    'CONTENT027',
    'card-without-exam',
    'Neither the card nor its deck says which exams it serves.',
    () => ['card has no exam', 'add "exams: …" to the deck frontmatter or under the heading'],
    undefined,
  ),
  EmptyCardFront: def(
    'CONTENT028',
    'empty-card-front',
    'A card heading has no text besides its {#id}.',
    () => ['card front is empty', 'write the prompt in the heading, before {#id}'],
    undefined,
  ),
  EmptyCardBack: def(
    'CONTENT029',
    'empty-card-back',
    'A card has nothing below its heading.',
    () => ['card back is empty', 'write the answer below the heading'],
    undefined,
  ),
  QuestionWithoutMetadata: def(
    'CONTENT030',
    'question-without-metadata',
    'A question has no "key: value" lines under its heading.',
    () => [
      'question has no metadata',
      'under the heading add lines "tasks: …", "difficulty: easy|medium|hard" and "sources: https://…"',
    ],
    undefined,
  ),
  QuestionWithoutTask: def(
    'CONTENT031',
    'question-without-task',
    'A question names no task statement, so it belongs to no exam.',
    () => [
      'question has no task statement',
      'add a line "tasks: EXAM:D.T", e.g. "tasks: DVA-C02:1.2"',
    ],
    undefined,
  ),
  QuestionWithoutTitle: def(
    'CONTENT032',
    'question-without-title',
    'A question heading has no title besides its {#id}.',
    () => [
      'question has no title',
      'write a short title in the heading (learners see it in result lists)',
    ],
    undefined,
  ),
  QuestionWithoutOptions: def(
    'CONTENT033',
    'question-without-options',
    'A question has no checklist of options.',
    () => [
      'question has no options',
      'list 4–6 options as "- [x] right answer" and "- [ ] wrong answer", each with an explanation paragraph',
    ],
    undefined,
  ),
  QuestionWithoutStem: def(
    'CONTENT034',
    'question-without-stem',
    'A question has no text between its metadata and its options.',
    () => [
      'question has no stem',
      'write the scenario and the question between the metadata and the options',
    ],
    undefined,
  ),
  OptionWithoutText: def(
    'CONTENT035',
    'option-without-text',
    'An option is an empty checkbox.',
    (p: { n: number }) => [`option ${p.n} has no text`, 'write the option after "- [ ] "'],
    { n: 3 },
  ),
  OptionWithoutExplanation: def(
    'CONTENT036',
    'option-without-explanation',
    'An option has no indented paragraph saying why it is right or wrong.',
    (p: { n: number }) => [
      `option ${p.n} has no explanation`,
      'add a blank line, then an indented paragraph saying why this option is right, or why it tempts and fails',
    ],
    { n: 2 },
  ),
  OptionCount: def(
    'CONTENT037',
    'option-count',
    'A question has fewer than 4 or more than 6 options.',
    (p: { count: number }) => [`question has ${p.count} options`, 'give 4 to 6 options'],
    { count: 3 },
  ),
  NoCorrectOption: def(
    'CONTENT038',
    'no-correct-option',
    'No option is marked [x].',
    () => ['question has no correct option', 'mark the right answer with "- [x]"'],
    undefined,
  ),
  SelectMismatch: def(
    'CONTENT039',
    'select-mismatch',
    'The stem says "Select TWO" (or THREE…) but a different number of options is marked [x].',
    (p: { said: string; select: number; correct: number }) => [
      `the stem says "Select ${p.said}" but ${p.correct} option${p.correct === 1 ? ' is' : 's are'} marked correct`,
      `mark exactly ${p.select} options with [x], or change the stem`,
    ],
    { said: 'TWO', select: 2, correct: 3 },
  ),
  SeveralCorrectInSingle: def(
    'CONTENT040',
    'several-correct-in-single',
    'A single-response question (no "Select N" in the stem) marks several options [x].',
    (p: { correct: number }) => [
      `single-response question has ${p.correct} correct options`,
      `mark only one option with [x], or make it multiple response by adding "(Select ${['', '', 'TWO', 'THREE', 'FOUR', 'FIVE'][p.correct] ?? p.correct}.)" to the stem`,
    ],
    { correct: 2 },
  ),
  TooFewOptionsForSelect: def(
    'CONTENT041',
    'too-few-options-for-select',
    'A multiple-response question needs at least the number to select plus three options.',
    (p: { said: string; needed: number; count: number }) => [
      `a "Select ${p.said}" question needs at least ${p.needed} options, it has ${p.count}`,
      'add plausible wrong options (AWS exams give multiple response items five or more options)',
    ],
    { said: 'TWO', needed: 5, count: 4 },
  ),
};
