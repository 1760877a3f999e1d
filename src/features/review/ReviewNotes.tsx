/** Notes above the item: the chapter a focused review draws from, and the item just missed. */
import { Link } from 'react-router-dom';
import type { StudyItem } from '../../domain/scope';
import type { ChapterMeta } from '../../schema/content';
import { taskTitle } from '../../stores/catalog';
import { Notice } from '../../ui/Notice';
import { ReadSectionLink, type PlaceContext } from './ReadSection';

/** "Practise this chapter" narrowed the review: which chapter, and the way to everything due. */
export function ChapterFocusNote({ examId, chapter }: { examId: string; chapter: ChapterMeta }) {
  return (
    <p className="review-focus">
      Practising one chapter: <Link to={`/read/${chapter.id}`}>{chapter.title}</Link>.{' '}
      <Link to={`/exams/${examId.toLowerCase()}/review`}>Review everything due instead</Link>
    </p>
  );
}

/** Says the session is narrowed to some task statements, with the way back to everything. */
export function TaskFocusNote({ examId, tasks }: { examId: string; tasks: readonly string[] }) {
  const titles = tasks.map((t) => `${t.split(':')[1] ?? t} ${taskTitle(t) ?? ''}`.trim());
  return (
    <Notice kind="ok">
      <p>
        Focused review of {tasks.length === 1 ? 'task statement' : 'task statements'}{' '}
        {titles.join('; ')}.{' '}
        <Link to={`/exams/${examId.toLowerCase()}/review`}>Review everything due</Link>
      </p>
    </Notice>
  );
}

/**
 * After Again, the section that teaches the item just graded; following it keeps the item now
 * on screen (as far as the learner took it) as the place to come back to.
 */
export function MissedNote(props: {
  missed: StudyItem;
  place: PlaceContext;
  onScreen: string | null;
}) {
  const { missed, place, onScreen } = props;
  if (!missed.section || !missed.chapter) return null;
  return (
    <p className="review-missed">
      You chose Again for the last {missed.kind === 'card' ? 'flashcard' : 'question'}.{' '}
      <ReadSectionLink taught={missed} place={place} onScreenId={onScreen ?? missed.id} />
    </p>
  );
}
