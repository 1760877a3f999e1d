import { useEffect, useState } from 'react';
import type { Section } from '../../schema/content';

interface Props {
  sections: Section[];
  /** The body is on the page, so headings can be observed. */
  ready: boolean;
  /** `inline`: a collapsible list above the body (narrow screens); `sidebar`: sticky beside it. */
  variant: 'inline' | 'sidebar';
}

/** "On this page": links to the chapter's sections, highlighting the one being read. */
export function SectionNav({ sections, ready, variant }: Props) {
  const active = useActiveSection(sections, ready && variant === 'sidebar');
  if (sections.length === 0) return null;
  const list = (
    <ol className="section-nav__list">
      {sections.map((s) => (
        <li key={s.id} className={s.depth === 3 ? 'section-nav__sub' : undefined}>
          <a href={`#${s.id}`} aria-current={active === s.id ? 'location' : undefined}>
            {s.title}
          </a>
        </li>
      ))}
    </ol>
  );
  if (variant === 'inline') {
    return (
      <details className="section-nav section-nav--inline">
        <summary>On this page · {sections.filter((s) => s.depth === 2).length} sections</summary>
        <nav aria-label="Sections">{list}</nav>
      </details>
    );
  }
  return (
    <nav className="section-nav section-nav--sidebar" aria-label="On this page">
      <p className="section-nav__title">On this page</p>
      {list}
    </nav>
  );
}

function useActiveSection(sections: Section[], enabled: boolean): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled || typeof IntersectionObserver === 'undefined') return;
    const headings = sections
      .map((s) => document.getElementById(s.id))
      .filter((h): h is HTMLElement => h !== null);
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting);
        const top = visible.sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
        if (top) setActive(top.target.id);
      },
      { rootMargin: '-64px 0px -70% 0px' },
    );
    headings.forEach((h) => observer.observe(h));
    return () => observer.disconnect();
  }, [sections, enabled]);
  return active;
}
