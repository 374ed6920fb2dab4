import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import styles from './channels.module.css';

type ChannelSectionProps = {
  /** The section's anchor: the heading's id is `<id>-heading`. */
  id: string;
  title: string;
  /** Disables every control of the section at once, for a reader who may not change it. */
  disabled?: boolean;
  tone?: 'danger';
  children: ReactNode;
};

/** One section of the Update Channel page: a landmark with its heading, listed in the page's navigation. */
export function ChannelSection({ id, title, disabled, tone, children }: ChannelSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      className={tone === 'danger' ? `${styles.section} ${styles.danger}` : styles.section}
      aria-labelledby={headingId}
    >
      {/* Focusable, so that the section navigation moves the reader here, not only the view. */}
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {disabled ? (
        <fieldset disabled className={styles.sectionBody}>
          {children}
        </fieldset>
      ) : (
        children
      )}
    </section>
  );
}

type SectionLink = { headingId: string; title: string };

/**
 * The top-level `<section aria-labelledby>` elements of a page, in document order. The page's
 * navigation is read from what is rendered, so a section added anywhere on the page (or shown
 * only for some channels) is listed without a second list to keep in step.
 */
function readSections(container: HTMLElement): SectionLink[] {
  const links: SectionLink[] = [];
  for (const section of container.querySelectorAll('section[aria-labelledby]')) {
    const outer = section.parentElement?.closest('section');
    if (outer && container.contains(outer)) continue;
    const headingId = section.getAttribute('aria-labelledby') ?? '';
    const heading = document.getElementById(headingId);
    const title = heading?.textContent?.trim();
    if (heading && title) links.push({ headingId, title });
  }
  return links;
}

const sameLinks = (a: SectionLink[], b: SectionLink[]) =>
  a.length === b.length &&
  a.every(
    (link, index) => link.headingId === b[index]?.headingId && link.title === b[index]?.title,
  );

/** The heading a reader is at: the last one that has scrolled past the upper third of the view. */
function currentHeading(links: SectionLink[]) {
  const line = window.innerHeight / 3;
  let current = links[0]?.headingId ?? null;
  for (const link of links) {
    const heading = document.getElementById(link.headingId);
    if (heading && heading.getBoundingClientRect().top <= line) current = link.headingId;
  }
  // At the end of the page the last sections cannot scroll up to the line: the last one wins.
  const atEnd =
    window.scrollY > 0 &&
    window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1;
  return atEnd ? (links.at(-1)?.headingId ?? current) : current;
}

/** "On this page": a link to each section of the container, the current one marked. */
export function SectionNav({ container }: { container: RefObject<HTMLElement | null> }) {
  const [links, setLinks] = useState<SectionLink[]>([]);
  const [current, setCurrent] = useState<string | null>(null);

  // An effect, not a layout effect: the container's ref is set once the whole page is committed.
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const update = () =>
      setLinks((shown) => {
        const read = readSections(root);
        return sameLinks(shown, read) ? shown : read;
      });
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [container]);

  useEffect(() => {
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(currentHeading(links)));
    };
    follow();
    window.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', follow);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', follow);
      window.removeEventListener('resize', follow);
    };
  }, [links]);

  if (links.length < 2) return null;
  return (
    <nav className={styles.sectionNav} aria-label="Sections of this page">
      <p className={styles.sectionNavTitle} aria-hidden="true">
        On this page
      </p>
      <ul>
        {links.map((link) => (
          <li key={link.headingId}>
            <a
              href={`#${link.headingId}`}
              aria-current={link.headingId === current ? 'location' : undefined}
              onClick={(event) => {
                const heading = document.getElementById(link.headingId);
                if (!heading) return;
                // Moved by script: focus goes along, and each jump adds no history entry.
                event.preventDefault();
                if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
                heading.focus({ preventScroll: true });
                heading.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
                setCurrent(link.headingId);
              }}
            >
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Smooth scrolling, unless the reader asked the system for less motion. */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
