/** POST /api/consultations and its problem+json errors, mapped to the form's fields. */
export interface ConsultRequest {
  name: string;
  phone: string;
  district?: string;
  preferredTime?: string;
  message?: string;
  consent: { contact: true; household: boolean; result: boolean };
  household?: Record<string, unknown>;
  screening?: unknown;
}

export type FieldKey = 'name' | 'phone' | 'district' | 'preferredTime' | 'message' | 'contact' | 'household' | 'result';

export type ConsultOutcome =
  | { ok: true; reference: string; createdAt: string }
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

/** "phone: 형식이 맞지 않습니다" → "형식이 맞지 않습니다": the field is shown beside it already. */
export function stripPath(detail: string): string {
  return detail.replace(/^[\w.[\]]+:\s*/, '');
}

interface Problem {
  detail?: string;
  detail_en?: string;
  errors?: { path?: string; detail?: string; detail_en?: string }[];
}

export function mapProblem(p: Problem): Extract<ConsultOutcome, { ok: false }> {
  const fields: Partial<Record<FieldKey, { ko: string; en: string }>> = {};
  for (const e of p.errors ?? []) {
    const key = FIELD_OF[(e.path ?? '').replace(/^body\./, '')];
    if (!key || fields[key]) continue;
    fields[key] = { ko: stripPath(e.detail ?? ''), en: stripPath(e.detail_en ?? e.detail ?? '') };
  }
  const detail = p.detail ? { ko: p.detail, en: p.detail_en ?? p.detail } : null;
  return { ok: false, detail, fields };
}

export async function sendConsultation(body: ConsultRequest): Promise<ConsultOutcome> {
  const res = await fetch('/api/consultations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as Problem & { reference?: string; createdAt?: string };
  if (res.status === 201 && json.reference)
    return { ok: true, reference: json.reference, createdAt: json.createdAt ?? '' };
  return mapProblem(json);
}
