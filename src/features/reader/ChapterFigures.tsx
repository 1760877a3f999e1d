import type { Fact } from '../../schema/fact';
import { formatDate } from '../../ui/format';

/** "Figures in this chapter": each figure's value, what it was before, its source and check date. */
export function ChapterFigures({ facts }: { facts: readonly Fact[] }) {
  return (
    <section className="chapter-facts" aria-labelledby="figures-heading">
      <h2 id="figures-heading">Figures in this chapter</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value</th>
              <th scope="col">Checked</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((f) => (
              <tr key={f.id}>
                <td>
                  <a href={f.source} target="_blank" rel="noreferrer">
                    {f.label}
                  </a>
                </td>
                <td>
                  {f.text}
                  {f.previous && (
                    <span className="fact-change">
                      {' '}
                      (was{' '}
                      {typeof f.previous.value === 'number'
                        ? f.previous.value.toLocaleString('en-US')
                        : f.previous.value}{' '}
                      until {f.previous.changed})
                    </span>
                  )}
                </td>
                <td>{formatDate(f.verified)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
