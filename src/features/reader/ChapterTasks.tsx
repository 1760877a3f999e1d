import { taskTitle } from '../../stores/catalog';

/** "Exam task statements covered": the exam guide's task statements the chapter teaches. */
export function ChapterTasks({ tasks }: { tasks: readonly string[] }) {
  return (
    <section className="chapter-tasks" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">Exam task statements covered</h2>
      <ul>
        {tasks.map((t) => (
          <li key={t}>
            <span className="task-list__id">{t}</span> {taskTitle(t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
