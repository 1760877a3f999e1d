import { startTransition, useEffect, useMemo, useState } from 'react';
import { allowNewItems, examDateFitter } from '../domain/examDateScheduling';
import { buildQueue, type Queue, type QueueItem } from '../domain/queue';
import { afterNextPaint } from './afterNextPaint';
import type { MemoryState, ReviewLogEntry } from '../schema/study';
import { doneToday, useStudyStore } from './studyStore';

export interface TodayQueue extends Queue {
  /** The item to show now: the queue's first one not graded since the queue was built. */
  currentId: string | undefined;
  /** The queue reflects every grade so far (counts are exact). */
  settled: boolean;
}

interface Progress {
  states: Map<string, MemoryState>;
  studied: Set<string>;
  undoStack: ReviewLogEntry[];
  now: number;
}

/**
 * Today's queue over `items` at `now`. Rebuilding it walks every item, so after a grade the next
 * item comes straight from the previous queue and paints first; the queue is rebuilt once that
 * frame is on screen.
 *
 * With `examDay` (the start of the exam day of the exam these items are for), the date rules
 * apply: stored states that would jump the exam and be forgotten by then come due in the final
 * stretch (fitted here, never written back), and no new items come in the last days.
 */
export function useTodayQueue(
  items: readonly QueueItem[],
  now: number,
  examDay: number | null = null,
): TodayQueue {
  const states = useStudyStore((s) => s.states);
  const studied = useStudyStore((s) => s.studiedIds);
  const undoStack = useStudyStore((s) => s.undoStack);
  const laterDue = useStudyStore((s) => s.laterDue);
  const settings = useStudyStore((s) => s.settings);
  const scheduler = useStudyStore((s) => s.scheduler);
  const dayStart = useStudyStore((s) => s.dayStart);
  const storedDone = useStudyStore((s) => s.storedDone);
  const laterStates = useStudyStore((s) => s.laterStates);

  const [built, setBuilt] = useState<Progress>({ states, studied, undoStack, now });
  const live =
    built.states === states &&
    built.studied === studied &&
    built.undoStack === undoStack &&
    built.now === now;
  useEffect(() => {
    if (live) return;
    return afterNextPaint(() =>
      startTransition(() => setBuilt({ states, studied, undoStack, now })),
    );
  }, [live, states, studied, undoStack, now]);

  const queue = useMemo(() => {
    const exam =
      examDay === null
        ? {}
        : {
            fitState: examDateFitter({
              examDate: examDay,
              now: built.now,
              dayStartHour: settings.dayStartHour,
              retrievability: scheduler.retrievability,
              retention: settings.retention,
            }),
            laterStates,
            allowNew: allowNewItems({
              now: built.now,
              examDate: examDay,
              dayStartHour: settings.dayStartHour,
            }),
          };
    return buildQueue({
      items,
      states: built.states,
      studied: built.studied,
      laterDue,
      now: built.now,
      dayStartHour: settings.dayStartHour,
      newPerDay: settings.newPerDay,
      maxReviewsPerDay: settings.maxReviewsPerDay,
      doneToday: doneToday(
        { settings, dayStart, storedDone, undoStack: built.undoStack },
        built.now,
      ),
      retrievability: scheduler.retrievability,
      lastFacts: items.find((i) => i.id === built.undoStack.at(-1)?.itemId)?.facts ?? [],
      ...exam,
    });
  }, [items, built, laterDue, settings, scheduler, dayStart, storedDone, examDay, laterStates]);
  // Until the rebuilt queue arrives, skip items whose state changed since it was built.
  const currentId = live
    ? queue.ids[0]
    : queue.ids.find((id) => states.get(id) === built.states.get(id));
  return { ...queue, currentId, settled: live };
}
