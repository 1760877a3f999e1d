/**
 * One tab at a time per practice-exam attempt. The tab that opens an attempt holds a Web Lock
 * named after it until it lets go (or the tab closes, when the browser releases it); another tab
 * asking for the same attempt is told it is busy instead of answering into it, so two tabs never
 * race on one attempt's answers, timer or submission.
 */

export type AttemptHold = { release: () => void } | 'busy';

/**
 * Takes the attempt's lock if it is free. Where Web Locks are missing (old browsers), there is
 * nothing to coordinate with, so the hold always succeeds.
 */
export async function holdAttempt(attemptId: string): Promise<AttemptHold> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return { release: () => undefined };
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const granted = await new Promise<boolean>((resolve) => {
    void locks.request(`exam-attempt:${attemptId}`, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      // Held until released; a null lock (busy) returns at once.
      return lock ? released : undefined;
    });
  });
  return granted ? { release } : 'busy';
}
