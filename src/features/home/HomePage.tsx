import { Link } from 'react-router-dom';
import type { Exam } from '../../schema/exam';
import { levelLabel, plural } from '../../ui/format';
import { usePageTitle } from '../../ui/usePageTitle';
import { exams, summaries } from '../../stores/catalog';
import { useExamStore, useRememberedExam } from '../../stores/examStore';

/**
 * Home: the three exams and what each holds, the learner's remembered choice marked. The cards
 * keep the course's order: the page is prerendered for everyone, and moving the chosen card to
 * the front after hydration would shift the page under the reader.
 */
export function HomePage() {
  usePageTitle(null);
  const chosen = useRememberedExam();

  return (
    <div className="page">
      <section className="hero">
        <h1>AWS Lambda, exam-ready</h1>
        <p className="hero__lead">
          Chapters, flashcards and practice questions on Lambda for three AWS certifications. Every
          figure is checked against the AWS documentation, and everything works offline.
        </p>
      </section>
      <h2 className="section-label" id="exams-heading">
        {chosen ? 'Your exam, and the others' : 'Choose your exam'}
      </h2>
      <ul className="exam-grid" aria-labelledby="exams-heading">
        {exams.map((exam) => (
          <li key={exam.id}>
            <ExamCard exam={exam} current={exam.id === chosen} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExamCard({ exam, current }: { exam: Exam; current: boolean }) {
  const choose = useExamStore((s) => s.choose);
  const summary = summaries[exam.id] ?? { chapters: 0, cards: 0, questions: 0 };
  const lambdaTasks = exam.domains.flatMap((d) => d.tasks).filter((t) => t.lambda).length;
  return (
    <article className={`exam-card${current ? ' exam-card--current' : ''}`}>
      <header className="exam-card__header">
        <p className="exam-card__code">
          {exam.id}
          <span className="badge">{levelLabel(exam.level)}</span>
          {current && <span className="badge badge--accent">Your exam</span>}
        </p>
        <h3 className="exam-card__name">{exam.name}</h3>
      </header>
      <ul className="exam-card__counts" aria-label={`In this app for ${exam.id}`}>
        <li>
          <strong>{summary.chapters}</strong> {summary.chapters === 1 ? 'chapter' : 'chapters'}
        </li>
        <li>
          <strong>{summary.cards}</strong> {summary.cards === 1 ? 'flashcard' : 'flashcards'}
        </li>
        <li>
          <strong>{summary.questions}</strong> {summary.questions === 1 ? 'question' : 'questions'}
        </li>
      </ul>
      <p className="exam-card__format">
        The exam: {exam.questions} questions in {exam.minutes} min, pass mark {exam.passMark}/1000.
        Lambda appears in {plural(lambdaTasks, 'task statement')} of its guide.
      </p>
      <Link
        className="button exam-card__action"
        to={`/exams/${exam.slug}`}
        onClick={() => choose(exam.id)}
        aria-label={`${current ? 'Continue' : 'Study'} ${exam.id}: ${exam.name}`}
      >
        {current ? 'Continue' : 'Study'} {exam.id}
      </Link>
    </article>
  );
}
