import { useI18n, useStrings } from '../../i18n/index.tsx';
import { optionsOf, SelectField } from '../../shared/ui/index.ts';
import type { CaseDetail } from '../shell/types.ts';
import { RELATION_LABEL } from './intake-strings.ts';
import { peopleStrings } from './people-strings.ts';

type Person = CaseDetail['people'][number];

/**
 * What a change to the people must also say so the case keeps exactly one 본인 (the server asks
 * the same, field by field): who becomes 본인 when 본인 is removed or stops being 본인, or what
 * the present 본인 becomes when someone else is made 본인. Null when nothing needs asking.
 */
export function headQuestion(
  people: readonly Person[],
  selfId: string | null,
  relationAfter: string | null,
): 'newHeadId' | 'formerHeadRelation' | null {
  const self = people.find((p) => p.id === selfId);
  const others = people.filter((p) => p.id !== selfId);
  const otherHead = others.some((p) => p.relation === 'head');
  if (self?.relation === 'head' && relationAfter !== 'head' && others.length > 0 && !otherHead) return 'newHeadId';
  if (relationAfter === 'head' && self?.relation !== 'head' && otherHead) return 'formerHeadRelation';
  return null;
}

/** The one question of {@link headQuestion} as a labelled, required select with its field error. */
export function PersonHeadChoice(props: {
  question: 'newHeadId' | 'formerHeadRelation';
  people: readonly Person[];
  selfId: string | null;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  const p = useStrings(peopleStrings);
  const { l } = useI18n();
  if (props.question === 'newHeadId') {
    return (
      <SelectField
        id="person-newHeadId"
        label={p.newHead}
        hint={p.newHeadHint}
        required
        placeholder={p.choose}
        value={props.value}
        options={props.people.filter((x) => x.id !== props.selfId).map((x) => ({ value: x.id, label: x.name }))}
        onChange={props.onChange}
        error={props.error}
      />
    );
  }
  const head = props.people.find((x) => x.relation === 'head' && x.id !== props.selfId);
  return (
    <SelectField
      id="person-formerHeadRelation"
      label={`${p.formerHead} (${head?.name ?? ''})`}
      hint={p.formerHeadHint}
      required
      placeholder={p.choose}
      value={props.value}
      options={optionsOf(RELATION_LABEL, l).filter((o) => o.value !== 'head')}
      onChange={props.onChange}
      error={props.error}
    />
  );
}

/** 만 나이 on `today` (YYYY-MM-DD) of someone born on `birth`. */
export function ageOn(birth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
}
