import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useMatch } from 'react-router-dom';
import { examById, examBySlug } from '../../stores/catalog';
import { useRememberedExam } from '../../stores/examStore';
import { StatusBanners } from './StatusBanners';

/**
 * Header, skip link and the page outlet. Moves focus to the new page's heading on navigation.
 * `search` is the header's search control (the router passes it in: it is another feature's).
 */
export function AppShell({ search }: { search?: ReactNode }) {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // The app has started (hydrated a prerendered page, or rendered): its keys and links work from
  // now on. Tests wait for this mark; child effects (the search keys) have run before this one.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // After a route change, put keyboard and screen-reader users at the new page's title.
    const heading = mainRef.current?.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand" aria-label="Lambda Exam Prep, home">
            <svg className="brand__mark" viewBox="0 0 64 64" aria-hidden="true">
              <rect width="64" height="64" rx="14" fill="currentColor" />
              <path d="M18 50 30 22l-4-8h10l16 36h-9L33 28 26 50z" fill="#ff9a3c" />
            </svg>
            <span className="brand__name">Lambda Exam Prep</span>
          </Link>
          {search}
          <ExamNav />
        </div>
      </header>
      <StatusBanners />
      <main id="main" ref={mainRef}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Independent study material, not affiliated with AWS. Figures are checked against AWS
          documentation; each chapter lists its sources. Your progress stays on this device:{' '}
          <Link to="/data">back it up or restore it</Link> · <Link to="/settings">settings</Link>.
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

/**
 * The header's links to the learner's exam. On an exam's pages that is the page's exam (it
 * becomes the remembered one), known while prerendering too: the links are in the HTML, so
 * nothing moves when the app starts. Elsewhere it is the remembered exam, after hydrating; only
 * this small part renders again then, not the shell and the page under it.
 */
function ExamNav() {
  const examId = useRememberedExam();
  const routeExam = examBySlug(useMatch('/exams/:examSlug/*')?.params.examSlug);
  const exam = routeExam ?? examById(examId);
  if (!exam) return null;
  return (
    <nav aria-label="Main" className="main-nav">
      <NavLink to={`/exams/${exam.slug}`} end className="nav-link">
        <span className="nav-link__code">{exam.id}</span>
        <span className="nav-link__label"> chapters</span>
      </NavLink>
      <NavLink to={`/exams/${exam.slug}/review`} className="nav-link">
        Review
      </NavLink>
    </nav>
  );
}
