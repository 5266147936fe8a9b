import { findProgram } from '@jibsa/programs';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { inScope, type RecordScope } from '../access/scope.ts';
import type { ConsultationRequestTable, Database } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';
import { addEvent } from './events.ts';
import { wonKo } from './screening-reasons.ts';

const alreadyTaken = () =>
  fail('JIBSA_CASE_STATE', {
    ko: '이미 사례로 옮겼거나 닫힌 상담 신청입니다.',
    en: 'This request has already been turned into a case or closed.',
  });

/** A new consultation request in the caller's scope, about to become a case or join one; else 404 / 409. */
export async function openConsultation(
  db: Kysely<Database>,
  scope: RecordScope,
  id: string,
): Promise<Selectable<ConsultationRequestTable>> {
  const c = await db.selectFrom('consultation_request').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c || !inScope(scope, c.district)) {
    throw fail('JIBSA_NOT_FOUND', { ko: '그런 상담 신청을 찾을 수 없습니다.', en: 'No such consultation request.' });
  }
  if (c.status !== 'new') throw alreadyTaken();
  return c;
}

/** Marks the request handled by this case, inside the case's transaction; a request taken meanwhile is a 409. */
export async function markConsultationTaken(trx: Transaction<Database>, id: string, caseId: string) {
  const taken = await trx
    .updateTable('consultation_request')
    .set({ status: 'assigned', case_id: caseId })
    .where('id', '=', id)
    .where('status', '=', 'new')
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) throw alreadyTaken();
}

type Consultation = Selectable<ConsultationRequestTable>;
type StoredResult = {
  date: string;
  programs: { id: string; name: string; status: string; amount: number | null }[];
};

/**
 * An amount as the program means it: a month's benefit "월 약 …", a once-only or loan figure by its
 * own name ("대출 한도 약 80,000,000원"). Every amount read "월 약" before, so a jeonse loan's limit
 * looked like 80 million won a month.
 */
function amountWords(id: string, amount: number): string {
  const a = findProgram(id)?.program?.amount;
  if (!a) return `약 ${wonKo(amount)}`;
  if (a.unit === 'KRW/month') return `월 약 ${wonKo(amount)}`;
  // The label's note in brackets ("(빌릴 수 있는 최대 금액, 지원금 아님)") is for the card, not a note's line.
  return `${a.label.ko.replace(/\s*\(.*\)$/, '')} 약 ${wonKo(amount)}`;
}

/**
 * What the person wrote when asking for counseling, as the case's first note: the request leaves
 * the inbox once a case takes it, and its message, the time they asked to be called and (when they
 * chose to send it) their self-check result must not leave with it. Plain text, as notes are.
 */
export function consultationNote(c: Consultation): string {
  const lines = [`상담 신청 ${c.reference}에서 옮겨 온 내용`];
  if (c.language === 'en') lines.push('연락할 말: 영어로 연락 원함 (영어 화면에서 신청) / English preferred');
  if (c.preferred_time?.trim()) lines.push(`연락 받기 좋은 때: ${c.preferred_time.trim()}`);
  if (c.message?.trim()) lines.push(`남긴 말: ${c.message.trim()}`);
  const r = c.screening as StoredResult | null;
  if (r && Array.isArray(r.programs)) {
    const eligible = r.programs.filter((p) => p.status === 'eligible');
    const unknown = r.programs.filter((p) => p.status === 'unknown').length;
    const ineligible = r.programs.filter((p) => p.status === 'ineligible').length;
    const named = eligible.map((p) => (p.amount ? `${p.name} (${amountWords(p.id, p.amount)})` : p.name));
    lines.push(
      `자가진단 결과 (${r.date} 기준): 받을 수 있음 ${eligible.length}개${named.length ? ` — ${named.join(', ')}` : ''}; 더 알아봐야 함 ${unknown}개; 받기 어려움 ${ineligible}개`,
    );
  }
  return lines.join('\n');
}

/** Writes consultationNote onto the case that took the request, with its timeline entry. */
export async function carryConsultation(
  trx: Transaction<Database>,
  c: Consultation,
  caseId: string,
  actorId: string,
  version: number,
): Promise<void> {
  const n = await trx
    .insertInto('case_note')
    .values({ case_id: caseId, author_id: actorId, body: consultationNote(c) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addEvent(trx, { caseId, actorId, kind: 'note.added', version, detail: { noteId: n.id } });
}
