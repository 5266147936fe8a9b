import { keepDraft, keptDraft } from '../shell/kept-drafts.ts';
import type { PersonDraft } from './IntakePeople.tsx';

/** What a half-filled intake form holds. */
export interface IntakeDraft {
  readonly district: string;
  readonly people: readonly PersonDraft[];
  readonly housing: Readonly<Record<string, string>>;
  readonly needs: string;
  readonly consent: { readonly collection: boolean; readonly sharing: boolean };
}

const KEY = 'intake';

/**
 * The intake a counselor left half-filled (another menu, a case opened meanwhile, a session that
 * ended and was logged into again), kept for them alone (kept-drafts.ts). It used to be lost on
 * any move away from the form.
 */
export function keptIntake(staffId: string): IntakeDraft | null {
  return keptDraft<IntakeDraft>(staffId, KEY) ?? null;
}

/** Keeps the form's answers, or forgets them when there are none (or the case was made). */
export function keepIntake(staffId: string, draft: IntakeDraft | null): void {
  keepDraft(staffId, KEY, draft && typedSomething(draft) ? draft : null);
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
