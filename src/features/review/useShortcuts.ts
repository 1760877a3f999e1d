import { useEffect, useEffectEvent } from 'react';

/**
 * Single-key shortcuts for the review screen. They can be switched off in Settings (WCAG 2.1.4),
 * and never fire while the learner types in a field or holds a modifier key.
 */
export function useShortcuts(enabled: boolean, handler: (key: string) => boolean): void {
  const onKeyEvent = useEffectEvent((e: KeyboardEvent) => {
    if (handler(e.key)) e.preventDefault();
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || e.repeat) return;
      const target = e.target as HTMLElement | null;
      if (
        target?.closest(
          'input[type="text"], input[type="number"], textarea, select, [contenteditable]',
        )
      )
        return;
      // Space on any focused control, and Enter on buttons and links, keep their native meaning.
      if (e.key === ' ' && target?.closest('button, a, input, summary, label')) return;
      if (e.key === 'Enter' && target?.closest('button, a, summary')) return;
      onKeyEvent(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
