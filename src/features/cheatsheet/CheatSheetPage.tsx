import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { CheatSheet } from '../../schema/cheatSheet';
import type { Exam } from '../../schema/exam';
import { examBySlug, loadCheatSheet } from '../../stores/catalog';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { NotFound } from '../../ui/NotFound';
import { Notice } from '../../ui/Notice';
import { ReloadButton } from '../../ui/ReloadButton';
import { usePageTitle } from '../../ui/usePageTitle';
import { SheetDomain } from './SheetDomain';
import { commonDate } from './sheetText';
import './cheatsheet.css';

type Loaded = { state: 'loading' } | { state: 'ready'; sheet: CheatSheet } | { state: 'failed' };

/**
 * "Numbers and traps": an exam's figures (value, unit, source, when checked, what it used to be)
 * and its chapters' exam tips, common wrong answers and easy-to-mix-up pairs, by domain. Printed,
 * it is a two-page handout (cheatsheet.css).
 */
export function CheatSheetPage() {
  const { examSlug } = useParams();
  const exam = examBySlug(examSlug);
  usePageTitle(exam ? `${exam.id} numbers and traps` : 'No such exam');
  useChosenExamFromRoute(exam?.id);
  if (!exam) return <NotFound what="exam" />;
  // Keyed by exam: another exam's sheet starts from "loading".
  return <CheatSheetView key={exam.id} exam={exam} />;
}

function CheatSheetView({ exam }: { exam: Exam }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadCheatSheet(exam.id).then(
      (sheet) => live && setLoaded(sheet ? { state: 'ready', sheet } : { state: 'failed' }),
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [exam.id]);

  return (
    <div className="page cheatsheet">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Exams</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/exams/${exam.slug}`}>{exam.id}</Link> <span aria-hidden="true">›</span>{' '}
        <span>Numbers and traps</span>
      </nav>
      <header className="cheatsheet__header">
        <h1>
          Numbers and traps <span className="cheatsheet__exam">{exam.id}</span>
        </h1>
        <p className="muted">
          The Lambda figures and exam traps of {exam.name}, by exam domain. Every figure links to
          the AWS documentation page it was checked against.
        </p>
        <p className="cheatsheet__actions">
          <button type="button" className="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </p>
      </header>
      {loaded.state === 'loading' && (
        <p className="muted" role="status">
          Loading the sheet…
        </p>
      )}
      {loaded.state === 'failed' && (
        <Notice kind="error">
          <p>
            The sheet could not be loaded. If you are offline and never opened it before, connect
            once and try again.
          </p>
          <ReloadButton />
        </Notice>
      )}
      {loaded.state === 'ready' && <SheetBody sheet={loaded.sheet} />}
    </div>
  );
}

function SheetBody({ sheet }: { sheet: CheatSheet }) {
  const checked = commonDate(sheet.domains.flatMap((d) => d.facts.map((f) => f.verified)));
  return (
    <>
      {checked && (
        <p className="cheatsheet__checked">
          Figures checked against AWS documentation on {checked}, unless another date is shown.
        </p>
      )}
      {sheet.domains.map((d) => (
        <SheetDomain key={d.number} domain={d} checked={checked} />
      ))}
    </>
  );
}
