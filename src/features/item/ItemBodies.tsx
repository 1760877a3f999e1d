import type { Flashcard, Question } from '../../schema/content';
import { SourceLinks } from '../../ui/SourceLinks';

const LETTERS = 'ABCDEF';

// The HTML below was produced and sanitised at build time by the content compiler.

/** A flashcard's front and back, both shown. */
export function CardBody({ card }: { card: Flashcard }) {
  return (
    <>
      <h1>Flashcard</h1>
      <section className="item-side" aria-labelledby="item-front">
        <h2 id="item-front" className="item-side__label">
          Front
        </h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: card.frontHtml }} />
      </section>
      <section className="item-side" aria-labelledby="item-back">
        <h2 id="item-back" className="item-side__label">
          Back
        </h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: card.backHtml }} />
      </section>
    </>
  );
}

/** A question with every option marked right or wrong and explained, then its sources. */
export function QuestionBody({ question }: { question: Question }) {
  return (
    <>
      <h1>{question.title}</h1>
      <div className="prose" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      <h2 className="item-answers__title">
        Answers{question.select > 1 ? ` (${question.select} are correct)` : ''}
      </h2>
      <ol className="item-answers">
        {question.options.map((o, i) => (
          <li
            key={i}
            className={`item-answer item-answer--${o.correct ? 'right' : 'wrong'}`}
            aria-label={`Option ${LETTERS[i] ?? i + 1}, ${o.correct ? 'correct' : 'wrong'}`}
          >
            <p className="item-answer__option">
              <span className="item-answer__verdict">{o.correct ? 'Correct' : 'Wrong'}</span>{' '}
              <span dangerouslySetInnerHTML={{ __html: o.html }} />
            </p>
            <div className="prose small" dangerouslySetInnerHTML={{ __html: o.explanationHtml }} />
          </li>
        ))}
      </ol>
      {question.explanationHtml && (
        <div className="prose" dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
      )}
      <SourceLinks sources={question.sources} className="item-sources" />
    </>
  );
}
