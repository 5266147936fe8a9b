import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { staffStrings } from '../shell/strings.ts';
import type { Change } from '../shell/types.ts';
import { changeName } from './ScreeningResults.tsx';

/**
 * What next year's figures change for this household on the day they start (the screening's
 * `ahead`, offered between the summer's 고시 and 1 January): program by program, with the cause.
 */
export function ScreeningAhead({ ahead }: { ahead: { date: string; changes: Change[] } }) {
  const s = useStrings(staffStrings);
  const { lang, k } = useI18n();
  return (
    <div className="screening-ahead">
      <h3>{fill(s.aheadTitle, { date: ahead.date })}</h3>
      {ahead.changes.length === 0 ? (
        <p>{s.aheadNone}</p>
      ) : (
        <ul>
          {ahead.changes.map((ch) => (
            <li key={ch.programId}>
              <strong>{k(changeName(ch, lang))}</strong>: {k(ch.why)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
