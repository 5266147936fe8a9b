import { href } from '../../app/router.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { Button } from '../../shared/ui/index.ts';
import { STATUS_LABEL } from '../shell/strings.ts';
import type { CaseStatus } from '../shell/types.ts';
import { intakeStrings } from './intake-strings.ts';

export interface Duplicate {
  caseId: string;
  number: string;
  status: CaseStatus;
  name: string;
  birthDate: string | null;
  matchedBy: 'name_birth' | 'phone';
}

/** Possible duplicates found before intake, each with "link instead"; a case matched twice is listed once. */
export function DuplicateList({ items, onLink }: { items: Duplicate[]; onLink: (d: Duplicate) => void }) {
  const i = useStrings(intakeStrings);
  const { lang, k } = useI18n();
  const seen = new Set<string>();
  const once = items.filter((d) => !seen.has(d.caseId) && seen.add(d.caseId));
  return (
    <ul className="duplicates">
      {once.map((d) => (
        <li key={d.caseId}>
          <strong>
            {d.number} · {k(d.name)}
            {d.birthDate ? ` (${centerDay(d.birthDate, lang)})` : ''}
          </strong>{' '}
          — {d.matchedBy === 'phone' ? i.matchedPhone : i.matchedName} · {STATUS_LABEL[lang][d.status]}{' '}
          <a href={href(`/staff/cases/${d.caseId}`)}>{i.openExisting}</a>{' '}
          <Button small variant="primary" onClick={() => onLink(d)} aria-label={`${i.linkInstead}: ${d.number}`}>
            {i.linkInstead}
          </Button>
        </li>
      ))}
    </ul>
  );
}
