/**
 * Where the Today panel goes, holding its place until the counts arrive from IndexedDB: the same
 * lines as the panel (title, counts, one note, the button), laid out but not shown. It is the
 * same on the build machine and in the browser (no clock, no storage), so hydration matches.
 */
export function TodayPlaceholder() {
  return (
    <div aria-hidden="true" className="today today--loading">
      <div>
        <p className="today__title">Today</p>
        <p className="today__counts">&nbsp;</p>
        <p className="today__note">&nbsp;</p>
      </div>
      <span className="button">Start review</span>
    </div>
  );
}
