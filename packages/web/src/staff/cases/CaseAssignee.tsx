import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, ButtonRow, focusSoon, Saved, SelectField } from '../../shared/ui/index.ts';
import { api, type Result } from '../shell/api.ts';
import type { CaseDetail, Me } from '../shell/types.ts';
import { assigneeStrings } from './assignee-strings.ts';
import { type Counselor, counselorsOf } from './counselors-of.ts';

interface Props {
  c: CaseDetail;
  me: Pick<Me, 'id' | 'role'>;
  /** The case page's handler of a write's answer (a reload and a message on a conflict). */
  after: (r: Result<unknown>, fresh?: CaseDetail) => Promise<boolean>;
}

/** The select's value for "nobody handles it". */
const NOBODY = 'nobody';

/**
 * 담당자: who handles the case, said near the top of the case page, and the control that changes it
 * (the case's 구's counselors, or nobody). A counselor on a case nobody handles takes it in one press.
 */
export function CaseAssignee({ c, me, after }: Props) {
  const s = useStrings(assigneeStrings);
  const { l, k } = useI18n();
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<Counselor[] | null>(null);
  const [picked, setPicked] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  /** `inForm`: chosen in the select, where a refusal of that person is said; else the page's message says it. */
  const save = async (assigneeId: string | null, inForm: boolean) => {
    setSaved(false);
    const r = await api<CaseDetail>('PATCH', `/api/cases/${c.id}`, { version: c.version, assigneeId });
    // The server's refusal of this person (another 구, a disabled account) goes by the choice.
    const refused = r.ok || !inForm ? undefined : r.problem.errors.find((e) => e.path === 'assigneeId');
    if (refused) {
      setError(l(refused));
      focusSoon('case-assignee');
      return;
    }
    if (await after(r, r.ok ? r.value : undefined)) {
      setOpen(false);
      setError(undefined);
      setSaved(true);
      focusSoon('case-assignee-change');
    }
  };

  const openForm = async () => {
    setSaved(false);
    setError(undefined);
    setPicked('');
    setOpen(true);
    const r = await counselorsOf(c.district);
    if (!r.ok) {
      setChoices([]);
      setError(l(r.problem.detail));
    } else setChoices(r.value.items);
    focusSoon('case-assignee');
  };

  const submit = () => {
    const now = c.assigneeId ?? NOBODY;
    const problem = !picked ? s.pickOne : picked === now ? s.sameOne : undefined;
    if (problem) {
      setError(problem);
      focusSoon('case-assignee');
      return;
    }
    void save(picked === NOBODY ? null : picked, true);
  };

  return (
    <div className="case-assignee">
      <p>
        <strong>{s.assignee}</strong>: {c.assigneeName ? k(c.assigneeName) : s.none}
      </p>
      <Saved show={saved}>{s.saved}</Saved>
      <ButtonRow className="no-print">
        {me.role === 'counselor' && c.assigneeId === null && (
          <Button id="case-take" small variant="primary" onClick={() => save(me.id, false)}>
            {s.takeMine}
          </Button>
        )}
        <Button
          id="case-assignee-change"
          small
          aria-expanded={open}
          aria-controls="case-assignee-form"
          onClick={() => (open ? setOpen(false) : void openForm())}
        >
          {s.change}
        </Button>
      </ButtonRow>
      {open && (
        <div id="case-assignee-form" className="no-print">
          {choices && (
            <SelectField
              id="case-assignee"
              label={s.choose}
              hint={choices.length === 0 ? s.noColleagues : s.chooseHint}
              value={picked}
              placeholder={`— ${s.choose} —`}
              options={[
                ...choices.map((x) => ({ value: x.id, label: x.displayName, lang: 'ko' })),
                { value: NOBODY, label: s.nobody },
              ]}
              onChange={(v) => {
                setPicked(v);
                setError(undefined);
              }}
              error={error}
            />
          )}
          <ButtonRow>
            <Button variant="primary" onClick={submit}>
              {s.save}
            </Button>
          </ButtonRow>
        </div>
      )}
    </div>
  );
}
