/**
 * Runs `fn` when the main thread is idle (at most `timeout` ms later); a short timer where the
 * browser has no requestIdleCallback (Safari before 18.x). Returns a function that cancels it.
 */
export function whenIdle(fn: () => void, timeout = 5000): () => void {
  const idle = (window as Partial<Window>).requestIdleCallback;
  if (idle) {
    const id = idle(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 500);
  return () => window.clearTimeout(id);
}
