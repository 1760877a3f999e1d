import { Link } from 'react-router-dom';
import type { ChapterMeta } from '../../schema/content';
import type { Exam } from '../../schema/exam';
import { summaries } from '../../stores/catalog';

/**
 * The chapter's last word: a review of its own cards and questions for the learner's exam, or,
 * when it teaches none of them yet, a plain sentence instead of a button that leads nowhere.
 */
export function ChapterPractice({ chapter, exam }: { chapter: ChapterMeta; exam: Exam }) {
  const count = summaries[exam.id]?.itemsByChapter[chapter.id] ?? 0;
  return (
    <section className="chapter-practice" aria-labelledby="chapter-practice-title">
      <h2 id="chapter-practice-title">Practise this chapter</h2>
      {count > 0 ? (
        <>
          <p>
            {count} {exam.id} flashcard{count === 1 ? '' : 's'} and question
            {count === 1 ? '' : 's'} come from this chapter. Review the ones due now, and start on
            new ones.
          </p>
          <Link className="button" to={`/exams/${exam.slug}/review?chapter=${chapter.id}`}>
            Practise this chapter
          </Link>
        </>
      ) : (
        <p className="muted">
          No {exam.id} flashcards or questions come from this chapter yet, so there is nothing to
          practise here.
        </p>
      )}
    </section>
  );
}
