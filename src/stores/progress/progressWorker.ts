/**
 * The progress screen's worker (a module worker, started by useProgressFigures.ts): it opens
 * IndexedDB itself, reads the states, the practice exams and the review log, and posts back only
 * the figures, part by part. A request superseded by a newer one (another exam, another date)
 * stops at its next part.
 */
import { StudyDatabase } from '../../storage/db';
import { computeProgress } from './computeProgress';
import type { PostedProgressRequest, ProgressReply, ProgressRequest } from './progressMessages';

const scope = globalThis as unknown as {
  postMessage: (message: ProgressReply) => void;
  addEventListener: (
    type: 'message',
    listener: (e: MessageEvent<PostedProgressRequest>) => void,
  ) => void;
};

let db: StudyDatabase | null = null;
let latest = -1;

// Open the database as soon as the worker starts: the page starts it before it asks (see
// useProgressFigures.ts), so the open overlaps the page's render. A failure here is left to the
// first request, which opens again and reports it.
db = new StudyDatabase();
db.open().catch(() => {
  db?.close();
  db = null;
});

scope.addEventListener('message', (e) => {
  const { contentJson, ...rest } = e.data;
  latest = rest.id;
  void run({ ...rest, content: JSON.parse(contentJson) as ProgressRequest['content'] });
});

async function run(request: ProgressRequest): Promise<void> {
  const started = performance.now();
  const isStale = () => request.id !== latest;
  try {
    db ??= new StudyDatabase();
    await computeProgress(
      db,
      request,
      (figures) => {
        if (!isStale()) scope.postMessage({ id: request.id, figures });
      },
      isStale,
    );
    if (!isStale())
      scope.postMessage({ id: request.id, done: true, ms: performance.now() - started });
  } catch (error) {
    // Let go of a connection that failed (a newer version elsewhere, data cleared): the next
    // request opens a fresh one.
    db?.close();
    db = null;
    scope.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
