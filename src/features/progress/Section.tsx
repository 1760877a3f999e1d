import { useId, type ReactNode } from 'react';

/** One section of the progress screen: a heading, and a line in place of figures not ready yet. */
export function Section({
  title,
  ready,
  children,
}: {
  title: string;
  /** False while the figures are being computed. */
  ready: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="progress-section" aria-labelledby={id} aria-busy={!ready}>
      <h2 id={id}>{title}</h2>
      {ready ? children : <p className="muted progress-section__wait">Working it out…</p>}
    </section>
  );
}

/** The chart's figures as a table, folded away under the chart (open for the whole list). */
export function TableFold({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="table-fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
