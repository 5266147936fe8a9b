import { href } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.tsx';
import { labelFor, Notice } from '../../shared/ui/index.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';

/** What the server tells a counselor who searched a whole case number another 구 holds: no personal data. */
export interface CaseElsewhereFound {
  caseId: string;
  number: string;
  district: string;
}

/** The notice's first sentence, also said in the count's status line: the notice is not a live region. */
export function elsewhereSaid(found: CaseElsewhereFound, district: string, lang: 'ko' | 'en'): string {
  return lang === 'ko'
    ? `사례 ${found.number}은(는) ${district}의 사례라 이 목록에 나오지 않습니다.`
    : `Case ${found.number} belongs to ${district}, so it is not in your list.`;
}

/**
 * In place of "no cases match": the case is in another 구, and a link to the break-glass form
 * (BreakGlassGate.tsx), which asks for the reason and opens the case read-only, audited.
 */
export function CaseElsewhere({ found }: { found: CaseElsewhereFound }) {
  const { lang, l } = useI18n();
  const district = labelFor(DISTRICT_LABEL, found.district, l);
  return (
    <Notice>
      <p>
        {elsewhereSaid(found, district, lang)}{' '}
        {lang === 'ko'
          ? '급히 봐야 한다면 사유를 밝히고 읽기 전용으로 열 수 있습니다. 이 조회는 관리자에게 보고됩니다.'
          : 'If you must see it now, you can open it read-only by stating a reason. The read is reported to administrators.'}
      </p>
      <p>
        <a href={href(`/staff/cases/${found.caseId}`, { glass: 'search' })}>
          {lang === 'ko' ? `사유를 밝히고 ${found.number} 열기` : `Open ${found.number} with a reason`}
        </a>
      </p>
    </Notice>
  );
}
