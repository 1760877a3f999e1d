/** "Sources: lambda/latest/dg/… · …": a question's AWS documentation links, shortened. */

/** "lambda/latest/dg/invocation-async" from a documentation link. */
const shortSource = (url: string) =>
  url.replace(/^https:\/\/(docs\.)?aws\.amazon\.com\//, '').replace(/\.html$/, '');

export function SourceLinks({
  sources,
  className,
}: {
  sources: readonly string[];
  className: string;
}) {
  return (
    <p className={`${className} small`}>
      Sources:{' '}
      {sources.map((s, i) => (
        <span key={s}>
          {i > 0 && ' · '}
          <a href={s} target="_blank" rel="noreferrer">
            {shortSource(s)}
          </a>
        </span>
      ))}
    </p>
  );
}
