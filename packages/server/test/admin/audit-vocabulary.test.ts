// The audit log's words: every action, subject type and outcome the server writes has Korean and
// English words, and nothing is registered that no route writes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, auditRefusal } from '../../src/audit/audit-log.ts';
import {
  AUDIT_ACTIONS,
  AUDIT_AREAS,
  AUDIT_OUTCOMES,
  AUDIT_SUBJECT_TYPES,
  type AuditWords,
  actionWords,
  areaOf,
  outcomeWords,
  subjectTypeWords,
} from '../../src/audit/vocabulary.ts';
import { REFERRAL_STATUSES } from '../../src/referrals/vocabulary.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');
const sources = (fs.readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(SRC, f), 'utf8') }));
const everything = sources.map((s) => s.text).join('\n');

// Checked by the typecheck (tests are typechecked): an action, subject type or outcome that is not
// registered cannot be written. Never called.
export function unregisteredDoNotTypecheck(entry: AuditEntry, refuse: typeof auditRefusal) {
  // @ts-expect-error a misspelt action
  entry.action = 'case.reed';
  // @ts-expect-error an action nobody registered
  void refuse(undefined as never, null, 'refused.somehow');
  // @ts-expect-error a subject type nobody registered
  entry.subjectType = 'household';
  // @ts-expect-error an outcome nobody registered
  entry.outcome = 'maybe';
}

const tables: Record<string, Readonly<Record<string, AuditWords>>> = {
  actions: AUDIT_ACTIONS,
  areas: AUDIT_AREAS,
  'subject types': AUDIT_SUBJECT_TYPES,
  outcomes: AUDIT_OUTCOMES,
};

describe('audit vocabulary', () => {
  it.each(Object.entries(tables))(
    '%s: Korean words in Hangul, English words without, none shared by two codes',
    (_, table) => {
      const words = Object.values(table);
      expect(words.filter((w) => !/[가-힣]/.test(w.ko) || /[가-힣]/.test(w.en) || !w.en.trim())).toEqual([]);
      expect(new Set(words.map((w) => w.ko)).size).toBe(words.length);
      expect(new Set(words.map((w) => w.en)).size).toBe(words.length);
    },
  );

  it('every action is in an area, and every area has actions', () => {
    const actions = Object.keys(AUDIT_ACTIONS);
    expect(actions.filter((a) => areaOf(a) === undefined)).toEqual([]);
    expect(Object.keys(AUDIT_AREAS).filter((area) => !actions.some((a) => areaOf(a) === area))).toEqual([]);
  });

  it('every registered action is written by the server (no words for an action that no longer exists)', () => {
    // Two families are written through a template: a referral's move (`referral.${to}`) and the
    // outreach results file (`outreach.export.${kind}`).
    const generated: Record<string, string> = {
      ...Object.fromEntries(REFERRAL_STATUSES.map((s) => [`referral.${s}`, '`referral.${request.body.to}`'])),
      'outreach.export.csv': '`outreach.export.${kind}`',
      'outreach.export.xlsx': '`outreach.export.${kind}`',
    };
    const unwritten = Object.keys(AUDIT_ACTIONS).filter((a) => {
      const template = generated[a];
      return template ? !everything.includes(template) : !everything.includes(`'${a}'`);
    });
    expect(unwritten).toEqual([]);
    for (const t of Object.keys(AUDIT_SUBJECT_TYPES)) expect(everything, t).toContain(`'${t}'`);
  });

  it('no audit action or read travels as a plain string, which the typecheck could not check', () => {
    const loose = sources.flatMap((s) =>
      [...s.text.matchAll(/\b(action|read|subjectType)\??:\s*string\b/g)].map((m) => `${s.file}: ${m[0]}`),
    );
    // The table's column, the log's filter and the reader of stored reasons stay strings: old rows
    // keep the code they were written with.
    expect(loose).toEqual([
      'admin/audit-query.ts: action?: string',
      'audit/reasons.ts: action: string',
      'db/schema.ts: action: string',
    ]);
  });

  it('a stored code without words (an old row) gives none, whatever its name', () => {
    expect(actionWords('case.read')).toEqual({ ko: '사례 열람', en: 'Opened a case' });
    expect(actionWords('outreach.upload')?.ko).toBe('명단 올림');
    for (const code of ['case.legacy_read', 'constructor', 'toString', '__proto__', 'case.']) {
      expect(actionWords(code), code).toBeUndefined();
      expect(subjectTypeWords(code), code).toBeUndefined();
      expect(outcomeWords(code), code).toBeUndefined();
    }
    expect(subjectTypeWords('outreach_list')?.ko).toBe('발굴 명단');
    expect(outcomeWords('denied')?.en).toBe('Refused');
  });
});
