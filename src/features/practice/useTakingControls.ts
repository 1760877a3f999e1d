/**
 * What the learner can do on the exam screen, by pointer or key: choose options (with "Select
 * TWO" enforced), check (practice mode), flag, move between questions, open the submit step.
 * Focus follows every move: the new question's heading, the submit step's heading, the feedback
 * after Check, the option a letter key chose.
 */
import { useEffect, useRef, useState } from 'react';
import { isReady, toggleOption } from '../../domain/answers';
import { usePracticeStore } from '../../stores/practiceStore';
import { LETTERS } from './TakingOption';
import type { Sheet } from './useTakingSheet';
import { useShortcuts } from '../../ui/useShortcuts';

type FocusTarget = 'question' | 'submit' | 'verdict';

/**
 * What a key does on a question: a letter chooses the option shown there; R flags (F is the
 * sixth option's letter); N, P and the arrows move; Enter checks (practice mode).
 */
export function keyCommand(
  key: string,
): { letter: number } | 'next' | 'previous' | 'flag' | 'check' | null {
  const k = key.length === 1 ? key.toLowerCase() : key;
  const letter = k.length === 1 ? LETTERS.toLowerCase().indexOf(k) : -1;
  if (letter >= 0) return { letter };
  if (k === 'n' || k === 'ArrowRight') return 'next';
  if (k === 'p' || k === 'ArrowLeft') return 'previous';
  if (k === 'r') return 'flag';
  return k === 'Enter' ? 'check' : null;
}

/** Where focus goes next: set a target, and it moves there once the screen has rendered. */
function useFocusRequest() {
  const [focus, setFocus] = useState<{ target: FocusTarget; n: number } | null>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const submit = useRef<HTMLHeadingElement>(null);
  const verdict = useRef<HTMLParagraphElement>(null);
  const options = useRef<(HTMLInputElement | null)[]>([]);
  useEffect(() => {
    if (!focus) return;
    const refs = { question, submit, verdict };
    refs[focus.target].current?.focus();
  }, [focus]);
  const focusOn = (target: FocusTarget) => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));
  return { refs: { question, submit, verdict, options }, focusOn };
}

export function useTakingControls(sheet: Sheet, shortcuts: boolean) {
  const [reviewing, setReviewing] = useState(false);
  const [message, setMessage] = useState('');
  const { refs, focusOn } = useFocusRequest();
  const { attempt, current, question } = sheet;
  const practice = attempt.mode === 'practice';
  const last = attempt.questions.length - 1;

  /** A polite announcement; the same words twice still get said. */
  const say = (text: string) => setMessage((m) => (m === text ? `${text}\u00a0` : text));
  /** The answer as the store holds it now (a fast second key must see the first). */
  const answerNow = () => usePracticeStore.getState().answers[current.id];

  const go = (index: number) => {
    usePracticeStore.getState().goTo(index, Date.now());
    setReviewing(false);
    focusOn('question');
  };
  const openReview = () => {
    setReviewing(true);
    focusOn('submit');
  };
  const next = () => (current.index >= last ? openReview() : go(current.index + 1));
  const previous = () => {
    if (current.index > 0) go(current.index - 1);
  };
  const keepWorking = () => {
    setReviewing(false);
    focusOn('question');
  };

  const pick = (position: number) => {
    const answer = answerNow();
    const original = current.optionOrder[position];
    if (!question || original === undefined || (practice && answer?.checked)) return;
    const selected = answer?.selected ?? [];
    const full = selected.length >= question.select && !selected.includes(original);
    if (question.select > 1 && full) {
      say(`You have chosen ${String(question.select)} already. Clear one to choose another.`);
      return;
    }
    usePracticeStore
      .getState()
      .choose(current.id, toggleOption(selected, original, question.select));
  };
  const check = () => {
    const answer = answerNow();
    if (!practice || !question || answer?.checked) return;
    if (!isReady(answer?.selected ?? [], question.select)) return;
    usePracticeStore.getState().check(current.id);
    focusOn('verdict');
  };
  const flag = () => usePracticeStore.getState().toggleFlag(current.id);

  useShortcuts(shortcuts && !reviewing, (key) => {
    const command = keyCommand(key);
    if (command === null || (command === 'check' && !practice)) return false;
    if (typeof command === 'object') {
      if (!question || command.letter >= current.optionOrder.length) return false;
      pick(command.letter);
      refs.options.current[command.letter]?.focus();
    } else if (command === 'flag') {
      flag();
      say(answerNow()?.flagged ? 'Flagged for review.' : 'Flag removed.');
    } else ({ next, previous, check })[command]();
    return true;
  });

  return {
    reviewing,
    message,
    refs,
    actions: { go, next, previous, openReview, keepWorking, pick, check, flag },
  };
}
