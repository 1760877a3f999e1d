import { useState } from 'react';
import { formatBytes } from '../../ui/format';
import { askForPersistence, type StorageReport } from '../../stores/persistence';

/** "Storage": whether the browser keeps the data, the space it uses, and a way to ask it to keep it. */
export function StorageSection({
  report,
  onAsk,
}: {
  report: StorageReport | null;
  onAsk: () => void;
}) {
  const [asked, setAsked] = useState<boolean | null>(null);
  if (!report) return null;
  const ask = async () => {
    setAsked(await askForPersistence());
    onAsk();
  };
  return (
    <section className="data-section" aria-labelledby="storage-h">
      <h2 id="storage-h">Storage</h2>
      <dl className="facts-list">
        <dt>Kept by the browser</dt>
        <dd>
          {report.persisted === null
            ? 'Unknown in this browser'
            : report.persisted
              ? 'Yes — the browser won’t clear it to free space'
              : 'Not guaranteed — the browser may clear it when the device runs low on space'}
        </dd>
        {report.usage !== null && (
          <>
            <dt>Space used</dt>
            <dd>
              {formatBytes(report.usage)}
              {report.quota !== null ? ` of ${formatBytes(report.quota)} available to the app` : ''}
            </dd>
          </>
        )}
      </dl>
      {report.persisted === false && (
        <>
          <button type="button" className="button button--quiet" onClick={() => void ask()}>
            Ask the browser to keep my data
          </button>
          {asked === false && (
            <p className="field-note" role="status">
              The browser declined for now (browsers decide from how you use a site; installing the
              app usually helps). Regular backups keep you safe either way.
            </p>
          )}
        </>
      )}
    </section>
  );
}
