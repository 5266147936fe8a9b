/** POST /api/consultations and its problem+json errors, mapped to the form's fields. */
import type { ConsultationRequest } from '@jibsa/server/consultation-request';
import { type Problem, problemFrom } from '../shared/api/problem.ts';

/** The request body, as the server's schema defines it (a type only: nothing of the server is bundled). */
export type { ConsultationRequest as ConsultRequest } from '@jibsa/server/consultation-request';

export type FieldKey = 'name' | 'phone' | 'district' | 'preferredTime' | 'message' | 'contact' | 'household' | 'result';

/** The center to call if nobody calls, as its directory record lists it (the server's; null: none listed). */
export interface ReceiptCenter {
  name: string;
  phone: string;
  fictional: boolean;
}

export type ConsultOutcome =
  | { ok: true; reference: string; createdAt: string; center: ReceiptCenter | null }
  | {
      ok: false;
      detail: { ko: string; en: string } | null;
      fields: Partial<Record<FieldKey, { ko: string; en: string }>>;
    };

const FIELD_OF: Record<string, FieldKey> = {
  name: 'name',
  phone: 'phone',
  district: 'district',
  preferredTime: 'preferredTime',
  message: 'message',
  consent: 'contact',
  'consent.contact': 'contact',
  household: 'household',
  'consent.household': 'household',
  screening: 'result',
  'consent.result': 'result',
};

/** A problem's field errors next to the form's fields; its detail as the general message. */
export function mapProblem(p: Problem): Extract<ConsultOutcome, { ok: false }> {
  const fields: Partial<Record<FieldKey, { ko: string; en: string }>> = {};
  for (const e of p.errors) {
    const key = FIELD_OF[e.path.replace(/^body\./, '')];
    if (!key || fields[key]) continue;
    fields[key] = { ko: e.ko, en: e.en };
  }
  // Status 0: nothing answered, and the form says so in its own words.
  return { ok: false, detail: p.status === 0 ? null : p.detail, fields };
}

export async function sendConsultation(body: ConsultationRequest): Promise<ConsultOutcome> {
  const res = await fetch('/api/consultations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as {
    reference?: string;
    createdAt?: string;
    center?: ReceiptCenter | null;
  };
  if (res.status === 201 && json.reference)
    return { ok: true, reference: json.reference, createdAt: json.createdAt ?? '', center: json.center ?? null };
  return mapProblem(problemFrom(res.status, json));
}
