/** "in 10 minutes", "in 3 hours", "tomorrow at 09:30", "on 4 Dec": when something falls due. */
export function formatWhen(now: number, at: number): string {
  const minutes = Math.round((at - now) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  const time = new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (hours < 12) return `in ${hours} hour${hours === 1 ? '' : 's'} (${time})`;
  const days = Math.round((at - now) / 86_400_000);
  if (days <= 1) return `tomorrow at ${time}`;
  if (days < 7) return `in ${days} days`;
  return `on ${new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}`;
}

/** "4 min 05 s" */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}
