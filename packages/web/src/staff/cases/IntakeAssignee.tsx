import { useEffect, useState } from 'react';
import { useStrings } from '../../i18n/index.tsx';
import { SelectField } from '../../shared/ui/index.ts';
import { assigneeStrings } from './assignee-strings.ts';
import { type Counselor, counselorsOf } from './counselors-of.ts';

/**
 * An admin's intake names who handles the new case (POST /api/cases assigneeId): the counselors of
 * the chosen 구, or nobody yet. An admin's case used to wait among 담당자 없음 for a second step.
 */
export function IntakeAssignee(p: {
  district: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  const s = useStrings(assigneeStrings);
  // The counselors with the 구 they were asked for: a choice is checked only against its own 구's list.
  const [loaded, setLoaded] = useState<{ district: string; items: Counselor[] }>();
  const { district, value, onChange } = p;
  useEffect(() => {
    if (!district) return;
    let stale = false;
    void counselorsOf(district).then((r) => {
      if (!stale && r.ok) setLoaded({ district, items: r.value.items });
    });
    return () => {
      stale = true;
    };
  }, [district]);
  // Another 구's counselor cannot handle the case: the choice goes with the 구 it was made for.
  useEffect(() => {
    if (value && loaded?.district === district && !loaded.items.some((x) => x.id === value)) onChange('');
  }, [value, loaded, district, onChange]);
  const choices = loaded?.district === district ? loaded.items : [];
  if (!district) return null;
  return (
    <SelectField
      id="intake-assignee"
      label={s.assignee}
      value={value}
      placeholder={s.intakeNobody}
      options={choices.map((x) => ({ value: x.id, label: x.displayName, lang: 'ko' }))}
      hint={choices.length === 0 ? s.noColleagues : s.intakeHint}
      onChange={onChange}
      error={p.error}
    />
  );
}
