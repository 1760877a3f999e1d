import type { Ref } from 'react';
import { plural } from '../../ui/format';
import type { ProgressSummary } from '../../stores/dataActions';
import { dateSpan } from './dataText';

/** "On this device": how many items and reviews are saved here, and over which days. */
export function ProgressSection({
  summary,
  headingRef,
}: {
  summary: ProgressSummary;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <section className="data-section" aria-labelledby="progress-h">
      <h2 id="progress-h" tabIndex={-1} ref={headingRef}>
        On this device
      </h2>
      <p>
        {summary.items === 0
          ? 'No progress yet.'
          : `${plural(summary.items, 'item')} studied, ${plural(summary.reviews, 'review')} logged${
              summary.firstReviewAt !== null && summary.lastReviewAt !== null
                ? dateSpan(summary.firstReviewAt, summary.lastReviewAt, 'between')
                : ''
            }.`}
      </p>
    </section>
  );
}
