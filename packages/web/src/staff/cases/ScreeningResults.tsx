import { nameMembers } from '@jibsa/rules';
import { useEffect, useRef } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { longDate } from '../../shared/ui/center-time.ts';
import { Button, NamedAction } from '../../shared/ui/index.ts';
import { RESULT_LABEL, staffStrings } from '../shell/strings.ts';
import type { Change, ProgramResult } from '../shell/types.ts';
import { fieldIdOfPath } from './case-details-draft.ts';

/** A program's name in the reader's language: screenings saved before names were kept in English have only the Korean. */
export const programName = (p: { name: string; nameEn?: string | undefined }, lang: 'ko' | 'en') =>
  lang === 'en' && p.nameEn ? p.nameEn : p.name;

/** A change keeps the Korean name alone; its results carry the English one. */
export const changeName = (ch: Change, lang: 'ko' | 'en') =>
  programName({ name: ch.name, nameEn: (ch.after ?? ch.before)?.nameEn }, lang);

const ORDER = { eligible: 0, unknown: 1, ineligible: 2 } as const;
/** More than this many questions for one program is a list no one reads at the counter. */
const ASK_AT_MOST = 6;

/**
 * The latest screening as a counselor works from it: programs that fit first, then those waiting
 * for an answer, then the rest; each with the engine's reasons and the questions that would decide
 * it, folded so the list stays short.
 */
export function ScreeningResults({
  date,
  rulesVersion,
  programs,
  people = [],
  onAnswer,
}: {
  date: string;
  rulesVersion: string;
  programs: readonly ProgramResult[];
  /** The case's people, in the household's order: reasons and questions name them, not "가구원 1". */
  people?: readonly { readonly name: string }[];
  /** Leads to the details form's field of a question (questions with no such field have no button). */
  onAnswer?: (fieldId: string) => void;
}) {
  const s = useStrings(staffStrings);
  const { lang, k } = useI18n();
  const sorted = [...programs].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const count = (status: ProgramResult['status']) => programs.filter((p) => p.status === status).length;
  const list = useRef<HTMLUListElement>(null);
  useOpenWhilePrinting(list);
  const names = people.map((p) => p.name);
  const named = (text: string) =>
    lang === 'en' ? nameMembers({ ko: '', en: text }, names).en : nameMembers({ ko: text, en: '' }, names).ko;
  const won = (n: number | null) => (n === null ? '' : `${n.toLocaleString('ko-KR')}${lang === 'ko' ? '원' : ' KRW'}`);
  return (
    <>
      {/* The day the rules were read for leads: the fingerprint is for the record, said small below. */}
      <p>{fill(s.screeningOn, { date: longDate(`${date}T12:00:00+09:00`, lang) })}</p>
      <p>{fill(s.screeningCounts, { e: count('eligible'), u: count('unknown'), i: count('ineligible') })}</p>
      <ul className="screening-results" ref={list}>
        {sorted.map((p) => {
          const name = programName(p, lang);
          const reasons = lang === 'en' && p.reasonsEn ? p.reasonsEn : p.reasons;
          const ask = (p.missing ?? []).slice(0, ASK_AT_MOST);
          return (
            <li key={p.id} data-status={p.status}>
              <strong>{k(name)}</strong>: {RESULT_LABEL[lang][p.status]}
              {p.amount !== null &&
                ` · ${p.amountLabel ? `${p.amountLabel[lang]} ` : ''}${won(p.amount)} ${s.estimated}`}
              {p.figuresYear !== undefined && (
                <span className="figures-year"> · {fill(s.figuresYear, { year: p.figuresYear })}</span>
              )}
              {(reasons.length > 0 || ask.length > 0) && (
                <details>
                  <summary>
                    <NamedAction action={s.screeningWhy} name={name} />
                  </summary>
                  <ul className="screening-reasons">
                    {reasons.map((r) => (
                      <li key={r}>{named(r)}</li>
                    ))}
                  </ul>
                  {p.figuresNote && <p className="figures-note">{k(p.figuresNote[lang])}</p>}
                  {ask.length > 0 && (
                    <>
                      <p>{s.askNext}</p>
                      <ul className="screening-ask">
                        {ask.map((m) => {
                          const question = named(lang === 'en' ? m.en : m.ko);
                          const field = m.path === undefined ? undefined : fieldIdOfPath(`household.${m.path}`);
                          return (
                            <li key={m.ko}>
                              {k(question)}
                              {field && onAnswer && (
                                <>
                                  {' '}
                                  <Button small className="no-print" onClick={() => onAnswer(field)}>
                                    <NamedAction action={s.answerIt} name={question} />
                                  </Button>
                                </>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </>
                  )}
                </details>
              )}
            </li>
          );
        })}
      </ul>
      <p className="hint rules-version">{fill(s.rulesVersion, { version: rulesVersion.slice(0, 8) })}</p>
    </>
  );
}

/**
 * A printed case summary shows every result's reasons and questions: closed `<details>` print
 * folded, so they are opened for the print and those opened here are closed again afterwards.
 */
function useOpenWhilePrinting(list: { readonly current: HTMLElement | null }) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...(list.current?.querySelectorAll('details') ?? [])].filter((d) => !d.open);
      for (const d of opened) d.open = true;
    };
    const close = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', close);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', close);
    };
  }, [list]);
}
