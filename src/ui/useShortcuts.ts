import { useEffect, useEffectEvent } from 'react';

/**
 * Single-key shortcuts for the review and exam screens. They can be switched off in Settings
 * (WCAG 2.1.4), and never fire while the learner types in a field or holds a modifier key. Keys a focused control already uses keep their native meaning:
 * Space anywhere, Enter on buttons and links, and the arrow keys inside a radio group (they move
 * between its options there, so ← and → only change question from elsewhere).
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
      if (e.key === ' ' && target?.closest('button, a, input, summary, label')) return;
      if (e.key === 'Enter' && target?.closest('button, a, summary')) return;
      if (e.key.startsWith('Arrow') && target?.closest('input[type="radio"]')) return;
      onKeyEvent(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
