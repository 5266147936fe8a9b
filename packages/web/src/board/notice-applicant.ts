import type { Screening } from '@jibsa/programs';
import { inputName, knownFieldsOnly } from '../self-check/questionnaire/fields.ts';
import { type Answers, toHousehold } from '../self-check/questionnaire/state.ts';

/**
 * The self-check's answers as a notice matcher wants them. A program's missing inputs come from the
 * engine named by position ("가구원 1의 사업·장사 소득"); the result page names people as its
 * questions do ("본인의 …", "두 번째 분(배우자)의 …"), so the notice list's 확인할 점 do the same.
 */
export function noticeApplicant(screening: Screening, answers: Answers) {
  return {
    household: knownFieldsOnly(toHousehold(answers)),
    programs: screening.programs.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      missing: p.missing.map((m) => ({
        ...m,
        label: { ko: inputName(m.path, answers, 'ko', m.label), en: inputName(m.path, answers, 'en', m.label) },
      })),
    })),
  };
}
