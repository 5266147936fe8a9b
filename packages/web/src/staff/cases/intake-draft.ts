import type { PersonDraft } from './IntakePeople.tsx';

/** What a half-filled intake form holds. */
export interface IntakeDraft {
  readonly district: string;
  readonly people: readonly PersonDraft[];
  readonly housing: Readonly<Record<string, string>>;
  readonly needs: string;
  readonly consent: { readonly collection: boolean; readonly sharing: boolean };
}

/**
 * The intake a counselor left half-filled (another menu, a case opened meanwhile, a session that
 * ended and was logged into again), kept for them alone in this tab's memory: never in browser
 * storage, as it is a household's personal data, so a reload or a closed tab ends it (the page asks
 * first). It used to be lost on any move away from the form.
 */
let kept: { readonly staffId: string; readonly draft: IntakeDraft } | null = null;

/** Logging out forgets it: whoever logs in next on this tab starts empty, the same counselor too. */
export function forgetIntake(): void {
  kept = null;
}

export function keptIntake(staffId: string): IntakeDraft | null {
  return kept?.staffId === staffId ? kept.draft : null;
}

/** Keeps the form's answers, or forgets them when there are none (or the case was made). */
export function keepIntake(staffId: string, draft: IntakeDraft | null): void {
  kept = draft && typedSomething(draft) ? { staffId, draft } : null;
}

/** Whether anything was typed or chosen beyond the empty form (the 구 alone is the counselor's own). */
export function typedSomething(d: IntakeDraft): boolean {
  return (
    d.people.some((p) => p.name !== '' || p.birthDate !== '' || p.phone !== '' || p.income !== '') ||
    d.people.length > 1 ||
    Object.values(d.housing).some((v) => v !== '') ||
    d.needs.trim() !== '' ||
    d.consent.collection ||
    d.consent.sharing
  );
}
