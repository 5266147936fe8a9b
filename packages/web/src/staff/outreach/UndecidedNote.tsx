import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { Notice } from '../../shared/ui/index.ts';
import type { OutreachJob } from './outreach-types.ts';
import { undecidedStrings } from './undecided-strings.ts';

type Undecided = NonNullable<OutreachJob['undecided']>;
type Assumed = OutreachJob['assumed'];

/**
 * How many households could not be decided and what held them back, by column. A list without a
 * 자동차 or 부채 column showed "없음" everywhere while all 74 of its households were undecided, and an
 * official read that as nobody to help.
 */
export function UndecidedNote(props: { undecided: Undecided | null; lead: 'job' | 'preview' }) {
  const u = useStrings(undecidedStrings);
  const { l, k } = useI18n();
  const undecided = props.undecided;
  if (!undecided || undecided.households === 0) return null;
  const line = (m: Undecided['missing'][number]) => {
    const values = { field: l(m.label), n: m.households, column: m.column ?? '' };
    if (m.key === 'members') return fill(u.members, values);
    return fill(m.column === null ? u.noColumn : u.blankColumn, values);
  };
  return (
    <Notice tone="warn">
      <p>
        <strong>{fill(props.lead === 'job' ? u.jobLead : u.previewLead, { n: undecided.households })}</strong>
      </p>
      {undecided.missing.length > 0 && (
        <>
          <p>{u.heldBack}</p>
          <ul>
            {undecided.missing.map((m) => (
              <li key={m.key}>{k(line(m))}</li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}

/** Said wherever results rest on the choice to take what the list lacks as none. */
export function AssumedNote(props: { assumed: Assumed | undefined; on: 'job' | 'preview' | 'whatIf' }) {
  const u = useStrings(undecidedStrings);
  const { l } = useI18n();
  if (!props.assumed || props.assumed.length === 0) return null;
  const fields = props.assumed.map((f) => `${l(f.label)} ${l(f.value)}`).join(', ');
  const template = props.on === 'job' ? u.assumedJob : props.on === 'preview' ? u.assumedPreview : u.assumedWhatIf;
  return <Notice>{fill(template, { fields })}</Notice>;
}

/** The text for an empty count table: "없음" alone only when no household was left undecided. */
export function useNoneText(undecided: Undecided | null): string | undefined {
  const u = useStrings(undecidedStrings);
  return undecided && undecided.households > 0 ? fill(u.noneButUndecided, { n: undecided.households }) : undefined;
}
