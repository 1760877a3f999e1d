import type { Ref } from 'react';
import type { ProgressSummary } from '../../stores/dataActions';
import { summaryText } from './dataText';

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
      <p>{summaryText(summary)}</p>
    </section>
  );
}
