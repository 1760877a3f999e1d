import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { loadItems } from 'virtual:content';
import type { ContentItems } from '../../schema/content';
import { chapterById, examById } from '../../stores/catalog';
import { NotFound } from '../../ui/NotFound';
import { Notice } from '../../ui/Notice';
import { usePageTitle } from '../../ui/usePageTitle';
import { CardBody, QuestionBody } from './ItemBodies';
import './item.css';

/**
 * One flashcard or practice question, read-only, with everything it holds (a card's back, a
 * question's answers and every explanation), its exams and the chapter that teaches it: where a
 * search result for it leads. Studying it stays in the review, which schedules it.
 */
export function ItemPage() {
  const { itemId } = useParams();
  const [items, setItems] = useState<ContentItems | 'failed' | null>(null);

  useEffect(() => {
    loadItems().then(
      (m) => setItems(m.default),
      () => setItems('failed'),
    );
  }, []);

  const card = items && items !== 'failed' ? items.cards.find((c) => c.id === itemId) : undefined;
  const question =
    items && items !== 'failed' ? items.questions.find((q) => q.id === itemId) : undefined;
  const item = card ?? question;
  usePageTitle(card ? 'Flashcard' : (question?.title ?? null));

  if (items === null) return <p className="page narrow">Loading…</p>;
  if (items === 'failed')
    return (
      <div className="page narrow">
        <Notice kind="error">
          <p>This item could not be loaded.</p>
        </Notice>
      </div>
    );
  if (!item) return <NotFound what="item" />;
  const chapter = chapterById(item.chapter ?? undefined);

  return (
    <article className="page narrow item-page">
      <p className="item-page__kind">
        {/* A card's heading says "Flashcard"; a question's is its title. */}
        {question && 'Practice question'}
        {item.exams.map((e) => (
          <span key={e} className="badge">
            {e}
          </span>
        ))}
      </p>
      {card && <CardBody card={card} />}
      {question && <QuestionBody question={question} />}
      {chapter && (
        <p className="item-page__chapter">
          Taught in{' '}
          {item.section ? (
            <Link to={`/read/${chapter.id}#${item.section.id}`}>
              {chapter.title} › {item.section.title}
            </Link>
          ) : (
            <Link to={`/read/${chapter.id}`}>{chapter.title}</Link>
          )}
          .
        </p>
      )}
      {chapter && (
        <ul className="item-page__practise">
          {/* Studying this item is scheduled: it comes up in a review of its chapter. */}
          {item.exams.flatMap((id) => {
            const exam = examById(id);
            return exam
              ? [
                  <li key={id}>
                    <Link
                      className="button"
                      to={`/exams/${exam.slug}/review?chapter=${chapter.id}`}
                    >
                      Practise this chapter for {exam.id}
                    </Link>
                  </li>,
                ]
              : [];
          })}
        </ul>
      )}
    </article>
  );
}
