import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary';

function classes(variant: ButtonVariant, small: boolean | undefined, extra?: string): string {
  return ['button', variant, small ? 'small' : '', extra ?? ''].filter(Boolean).join(' ');
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & {
  variant?: ButtonVariant;
  small?: boolean;
  className?: string;
};

/** A button with a big touch target; `type="button"` unless it submits a form. */
export function Button({ variant = 'secondary', small, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={classes(variant, small, className)} {...rest} />;
}

/** A link that looks like a button (moves to another screen; a button acts on this one). */
export function ButtonLink(props: {
  href: string;
  variant?: ButtonVariant;
  small?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a href={props.href} className={classes(props.variant ?? 'secondary', props.small, props.className)}>
      {props.children}
    </a>
  );
}
