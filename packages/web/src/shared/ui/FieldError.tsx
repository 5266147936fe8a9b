/** A field's error, referenced by the field's aria-describedby so it is read with the field. */
export function FieldError({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  );
}

/** The aria-describedby value for a hint and an error, either of which may be absent. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
