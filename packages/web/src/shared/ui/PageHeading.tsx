import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/index.tsx';

let firstScreen = true;

/**
 * The screen's h1. After the first screen, a new heading takes focus so keyboard and
 * screen-reader users start reading the new screen from its title; it also names the tab.
 * A language switch renames the heading but is not a new screen: focus stays on the switch.
 * `describedBy` adds to what is read with the heading (the question's progress, say).
 */
export function PageHeading({
  title,
  tabTitle,
  children,
  describedBy,
}: {
  title: string;
  /** What the tab is named instead of the title, when the title holds personal data (a case's name). */
  tabTitle?: string | undefined;
  children?: ReactNode;
  describedBy?: string;
}) {
  const { lang, k, t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const langSeen = useRef(lang);
  useEffect(() => {
    // The app's name as the header shows it in this language (Jibsa in English).
    // Never a person's name: the tab's title goes into the browser's history and its title bar.
    document.title = `${tabTitle ?? title} · ${t.appShortName}`;
    const languageOnly = langSeen.current !== lang;
    langSeen.current = lang;
    if (firstScreen) firstScreen = false;
    else if (!languageOnly && ref.current) focusInView(ref.current);
  }, [title, tabTitle, lang, t.appShortName]);
  return (
    <h1 ref={ref} tabIndex={-1} aria-describedby={describedBy}>
      {/* A title with a Korean name in it (a referral's service) is marked lang="ko" on the English page. */}
      {children ?? k(title)}
    </h1>
  );
}

/**
 * Focus without the browser's own jump, then make sure the heading is on screen: at 400 % zoom
 * (320 CSS px) the header alone can fill the window, and a focused heading below it would be
 * hidden (WCAG 2.4.11). The screen has already been scrolled to its top (App's layout effect).
 */
function focusInView(el: HTMLElement) {
  el.focus({ preventScroll: true });
  const r = el.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView({ block: 'start' });
}
