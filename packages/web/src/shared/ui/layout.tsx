import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeading } from './PageHeading.tsx';

/** A screen: its h1 (which takes focus on arrival), an optional lead paragraph, then its content. */
export function Page(props: {
  title: string;
  /** The browser tab's name when the heading holds a person's name (kept in history on a shared PC). */
  tabTitle?: string;
  lead?: string;
  className?: string;
  children?: ReactNode;
}) {
  const { k } = useI18n();
  return (
    <div className={props.className}>
      <PageHeading title={props.title} tabTitle={props.tabTitle} />
      {props.lead && <p className="lead">{k(props.lead)}</p>}
      {props.children}
    </div>
  );
}

/** Buttons side by side, wrapping on a narrow screen. */
export function ButtonRow({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={['button-row', className ?? ''].filter(Boolean).join(' ')}>{children}</div>;
}

/** A boxed message: information, or a warning the person should read before going on. */
export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'warn' }) {
  return <div className={tone === 'warn' ? 'notice' : 'notice notice-info'}>{children}</div>;
}

/** "Saved" and the like: a status line, read out when it appears; nothing before. */
export function Saved({ show, children }: { show: boolean; children: ReactNode }) {
  return show ? (
    <p role="status" className="notice notice-info">
      {children}
    </p>
  ) : null;
}
