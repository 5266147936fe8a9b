import { type ReactNode, useEffect, useRef } from 'react';

let firstScreen = true;

/**
 * The screen's h1. After the first screen, a new heading takes focus so keyboard and
 * screen-reader users start reading the new screen from its title; it also names the tab.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · 집사`;
    if (firstScreen) firstScreen = false;
    else ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
