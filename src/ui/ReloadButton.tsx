/** Reloads the page: the one way out of an outdated tab, a cleared database or a broken route. */
export function ReloadButton({ label = 'Reload' }: { label?: string }) {
  return (
    <button type="button" className="button" onClick={() => window.location.reload()}>
      {label}
    </button>
  );
}
