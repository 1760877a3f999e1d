/**
 * Runs `fn` once the next frame has been painted (a requestAnimationFrame callback runs before
 * the paint; a message posted from it arrives after). Returns a cancel function. Without
 * animation frames (Node), it falls back to a timer.
 */
export function afterNextPaint(fn: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) fn();
  };
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
