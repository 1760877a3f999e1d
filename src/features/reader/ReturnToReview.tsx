import { Link, useSearchParams } from 'react-router-dom';
import { reviewReturnPath } from '../../stores/reviewPlace';

/**
 * The chapter was opened from a review ("Read …" after a wrong answer, `?review=<route>`): a bar
 * kept at the foot of the screen leads back to the same place in that review.
 */
export function ReturnToReview() {
  const back = reviewReturnPath(useSearchParams()[0].get('review'));
  if (!back) return null;
  return (
    <nav className="return-to-review" aria-label="Your review">
      <Link className="button" to={back}>
        Back to your review
      </Link>
    </nav>
  );
}
