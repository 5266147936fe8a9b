import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { Button } from './Button.tsx';

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside, Escape closes it and
 * focus returns to what opened it. Open it by rendering it with `open`; `onClose` runs on
 * Escape, the close button and the actions that call it.
 */
export function Dialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { open } = props;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => {
        if (open) props.onClose();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div className="button-row">
        {props.actions}
        <Button onClick={props.onClose}>{t.close}</Button>
      </div>
    </dialog>
  );
}
