import { Link } from 'react-router-dom';
import type { CheatSheetCallout, CheatSheetDomain } from '../../schema/cheatSheet';
import type { Fact } from '../../schema/fact';
import { chapterById } from '../../stores/catalog';
import { DEFAULT_TITLES, KIND_LABEL, previousText, sourceLabel } from './sheetText';

/** One exam domain of the sheet: its figures as a table, then its traps and tips. */
export function SheetDomain({
  domain,
  checked,
}: {
  domain: CheatSheetDomain;
  checked: string | null;
}) {
  const headingId = `domain-${domain.number}`;
  return (
    <section className="sheet-domain" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Domain {domain.number}: {domain.name}{' '}
        <span className="sheet-domain__weight">{domain.weight}% of the exam</span>
      </h2>
      {domain.facts.length > 0 && (
        <FactTable facts={domain.facts} domain={domain.number} checked={checked} />
      )}
      {domain.callouts.length > 0 && (
        <>
          <h3 className="sheet-domain__sub">Traps and tips</h3>
          <ul className="sheet-callouts">
            {domain.callouts.map((c, i) => (
              <SheetCallout key={`${c.chapter}-${i}`} callout={c} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FactTable({
  facts,
  domain,
  checked,
}: {
  facts: readonly Fact[];
  domain: number;
  checked: string | null;
}) {
  return (
    <div className="sheet-facts">
      <table>
        <caption className="visually-hidden">Figures of domain {domain}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => {
            const was = previousText(f);
            return (
              <tr key={f.id}>
                <th scope="row">{f.label}</th>
                <td>
                  <strong>{f.text}</strong>
                  {was && <span className="sheet-facts__was"> ({was})</span>}
                </td>
                <td>
                  <a href={f.source} target="_blank" rel="noreferrer">
                    {sourceLabel(f.source)}
                  </a>
                  {f.verified !== checked && (
                    <span className="sheet-facts__checked"> checked {f.verified}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SheetCallout({ callout }: { callout: CheatSheetCallout }) {
  const chapter = chapterById(callout.chapter);
  const section = chapter?.sections.find((s) => s.id === callout.section);
  const kind = KIND_LABEL[callout.kind];
  const title = DEFAULT_TITLES.has(callout.title) ? null : callout.title;
  const where = `/read/${callout.chapter}${section ? `#${section.id}` : ''}`;
  return (
    <li className={`sheet-callout sheet-callout--${callout.kind}`}>
      <p className="sheet-callout__head">
        <span className="sheet-callout__kind">{kind}</span>
        {title && <strong> {title}</strong>}
      </p>
      {/* Compiled and sanitised at build time, as chapter text is. */}
      <div className="sheet-callout__text" dangerouslySetInnerHTML={{ __html: callout.html }} />
      <p className="sheet-callout__where">
        <Link to={where}>{section?.title ?? chapter?.title ?? callout.chapter}</Link>
      </p>
    </li>
  );
}
