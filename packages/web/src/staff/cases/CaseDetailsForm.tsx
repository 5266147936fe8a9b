import type { FieldDef } from '@jibsa/rules';
import { useEffect, useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { moneyShown } from '../../self-check/questionnaire/money.ts';
import {
  Button,
  ButtonRow,
  Form,
  labelFor,
  Notice,
  optionsOf,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../shared/ui/index.ts';
import { api, type Problem } from '../shell/api.ts';
import type { CaseDetail } from '../shell/types.ts';
import {
  changedPatchOf,
  type DetailsDraft,
  draftOf,
  fieldIdOfPath,
  HOUSING_CHOICE,
  HOUSING_MONEY,
  keepMoney,
  notNumbers,
} from './case-details-draft.ts';
import {
  FACT_KEYS,
  factField,
  factOptions,
  factWords,
  isMemberFactKey,
  isMoney,
  MEMBER_FACT_KEYS,
  memberFactField,
} from './case-details-facts.ts';
import {
  ASSET_KEYS,
  ASSET_LABEL,
  CHANGED_FIELD_LABEL,
  caseDetailsStrings,
  INCOME_KEYS,
  INCOME_LABEL,
} from './case-details-strings.ts';
import { type FieldRequest, useDetailsFold } from './details-fold.tsx';
import { HouseholdFacts } from './HouseholdFacts.tsx';
import { HOUSING_TYPE_LABEL, intakeStrings, TENURE_LABEL } from './intake-strings.ts';

type Label = { ko: string; en: string };

/** The words of each housing choice, for its options and for the saved value shown after a 409. */
const HOUSING_CHOICE_WORDS: Record<(typeof HOUSING_CHOICE)[number], Record<string, Label>> = {
  tenure: TENURE_LABEL,
  housingType: HOUSING_TYPE_LABEL,
};

/**
 * Housing, each member's income, the household's assets and needs, saved with the case's version.
 * What was typed survives a 409: the case is reloaded beside it, the fields others changed are named,
 * and each field whose saved value now differs says so, so the counselor can re-apply or go back.
 */
export function CaseDetailsForm(props: {
  c: CaseDetail;
  onSaved: (fresh: CaseDetail) => void;
  reload: () => Promise<CaseDetail | null>;
  /** A screening question's field to show: unfolds the form and focuses it. */
  show?: FieldRequest | null;
}) {
  const { c } = props;
  const fold = useDetailsFold(c.status, props.show);
  const d = useStrings(caseDetailsStrings);
  const i = useStrings(intakeStrings);
  const { l } = useI18n();
  const [draft, setDraft] = useState<DetailsDraft>(() => draftOf(c));
  // The version (and its details) the typing started from: saving sends it, so a change made by
  // someone else since then is a 409, even when this page has reloaded the case for another panel.
  const [base, setBase] = useState(() => ({ version: c.version, details: JSON.stringify(draftOf(c)) }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the loaded case's version changes, only then
  useEffect(() => {
    const fresh = draftOf(c);
    const details = JSON.stringify(fresh);
    if (JSON.stringify(draft) === base.details) {
      // Nothing typed yet: follow the case as it is now.
      setDraft(fresh);
      setBase({ version: c.version, details });
    }
  }, [c.version]);
  const startFrom = (fresh: CaseDetail) => setBase({ version: fresh.version, details: JSON.stringify(draftOf(fresh)) });
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  // After a 409 the saved case is shown beside each field it now differs in.
  const stored = conflict ? draftOf(c) : null;

  const labels: Record<string, string> = {
    'cd-housing-tenure': i.tenure,
    'cd-housing-housingType': i.housingType,
    'cd-housing-dong': i.dong,
    'cd-housing-detail': i.addressDetail,
    'cd-housing-deposit': i.deposit,
    'cd-housing-monthlyRent': i.rent,
    'cd-housing-arrearsMonths': i.arrearsMonths,
    'cd-housing-arrearsAmount': i.arrearsAmount,
    'cd-housing-conditionNotes': i.conditionNotes,
    'cd-household-ownsHome': d.ownsHome,
    'cd-needs': i.needs,
    ...Object.fromEntries(ASSET_KEYS.map((k) => [`cd-household-${k}`, l(ASSET_LABEL[k])])),
    ...Object.fromEntries(FACT_KEYS.map((k) => [`cd-household-${k}`, l(factField(k).label)])),
  };
  const memberName = (n: number) => c.people[n]?.name ?? `${d.member} ${n + 1}`;
  const labelOf = (id: string) => {
    const m = id.match(/^cd-member-(\d+)-(\w+)$/);
    if (m) {
      const key = m[2] ?? '';
      const field = isMemberFactKey(key)
        ? l(memberFactField(key).label)
        : l(INCOME_LABEL[key as (typeof INCOME_KEYS)[number]]);
      return `${memberName(Number(m[1]))}: ${field}`;
    }
    return labels[id] ?? id;
  };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const storedHint = (now: string | undefined, typed: string | undefined, money = false) =>
    stored && (now ?? '') !== (typed ?? '')
      ? `${d.storedNow}: ${now ? (money ? moneyShown(now) : now) : d.empty}`
      : undefined;
  const choiceHint = (now: string | undefined, typed: string | undefined, words: Record<string, Label>) =>
    storedHint(now && words[now] ? l(words[now]) : now, typed && words[typed] ? l(words[typed]) : typed);
  // A household's or a member's fact: a choice is named in its words, an amount with separators.
  const factHint = (f: FieldDef, now: string | undefined, typed: string | undefined) => {
    const words = factWords(f);
    return words ? choiceHint(now, typed, words) : storedHint(now, typed, isMoney(f));
  };

  const showProblem = (p: Problem) => {
    const items: SummaryItem[] = [];
    const unplaced: string[] = [];
    for (const e of p.errors) {
      const id = fieldIdOfPath(e.path);
      if (id) items.push({ fieldId: id, label: labelOf(id), message: l(e) });
      else unplaced.push(l(e));
    }
    setErrors(items);
    setGeneral(items.length && !unplaced.length ? null : [l(p.detail), ...unplaced].join(' '));
    setAttempt((n) => n + 1);
  };

  const save = async () => {
    setSaved(false);
    const bad = notNumbers(draft);
    if (bad.length) {
      setErrors(bad.map((id) => ({ fieldId: id, label: labelOf(id), message: d.notNumber })));
      setGeneral(null);
      setAttempt((n) => n + 1);
      return;
    }
    // Only the parts changed, so the timeline names what was changed; nothing changed is said at once.
    const body = changedPatchOf(c, draft);
    if (body === null) {
      setErrors([]);
      setGeneral(null);
      setSaved(true);
      return;
    }
    const r = await api<CaseDetail>('PATCH', `/api/cases/${c.id}`, { ...body, version: base.version });
    if (r.ok) {
      startFrom(r.value);
      setErrors([]);
      setGeneral(null);
      setConflict(null);
      setSaved(true);
      props.onSaved(r.value);
      return;
    }
    if (r.problem.status === 409 && r.problem.code === 'JIBSA_CASE_CONFLICT') {
      setErrors([]);
      setGeneral(null);
      setConflict(r.problem.errors.map((e) => e.path).filter((f) => f !== 'version'));
      // The loaded case is the new base; what was typed stays, to be saved again or dropped.
      const fresh = await props.reload();
      if (fresh) startFrom(fresh);
      return;
    }
    showProblem(r.problem);
  };

  const setHousing =
    (k: string, money = false) =>
    (v: string) =>
      setDraft({ ...draft, housing: { ...draft.housing, [k]: money ? keepMoney(v) : v } });
  const money = (id: string, label: string, value: string, onChange: (v: string) => void, now?: string) => (
    <TextField
      key={id}
      id={id}
      label={label}
      value={moneyShown(value)}
      onChange={(v) => onChange(keepMoney(v))}
      error={errorOf(id)}
      hint={storedHint(now, value, true)}
      inputMode="numeric"
      maxLength={20}
    />
  );

  return (
    <section aria-labelledby="h-details" className="no-print">
      <h2 id="h-details">{d.title}</h2>
      <Button
        small
        aria-expanded={fold.open}
        aria-controls="case-details-body"
        onClick={() => fold.setOpen(!fold.open)}
      >
        <span aria-hidden="true">{fold.open ? '▲ ' : '▼ '}</span>
        {fold.open ? d.fold : d.unfold}
      </Button>
      <div id="case-details-body" hidden={!fold.open}>
        <p>{d.lead}</p>
        <Form onSubmit={save} summary={{ items: errors, general, attempt }}>
          {conflict && (
            <div role="alert">
              <Notice tone="warn">
                <strong>{d.conflictTitle}</strong> {d.conflictLead}
                {conflict.length > 0 && (
                  <>
                    {' '}
                    {d.conflictFields}: {conflict.map((f) => labelFor(CHANGED_FIELD_LABEL, f, l)).join(', ')}
                  </>
                )}
              </Notice>
            </div>
          )}
          {saved && (
            <div role="status">
              <Notice tone="info">{d.saved}</Notice>
            </div>
          )}

          <fieldset>
            <legend>{i.housingTitle}</legend>
            {HOUSING_CHOICE.map((k) => (
              <SelectField
                key={k}
                id={`cd-housing-${k}`}
                label={labels[`cd-housing-${k}`] ?? k}
                value={draft.housing[k] ?? ''}
                placeholder={i.choose}
                options={optionsOf(HOUSING_CHOICE_WORDS[k], l)}
                onChange={setHousing(k)}
                error={errorOf(`cd-housing-${k}`)}
                hint={choiceHint(stored?.housing[k], draft.housing[k], HOUSING_CHOICE_WORDS[k])}
              />
            ))}
            {(['dong', 'detail'] as const).map((k) => (
              <TextField
                key={k}
                id={`cd-housing-${k}`}
                label={k === 'dong' ? i.dong : i.addressDetail}
                value={draft.housing[k] ?? ''}
                onChange={setHousing(k)}
                error={errorOf(`cd-housing-${k}`)}
                hint={storedHint(stored?.housing[k], draft.housing[k])}
                maxLength={k === 'dong' ? 30 : 200}
              />
            ))}
            {HOUSING_MONEY.map((k) =>
              money(
                `cd-housing-${k}`,
                labels[`cd-housing-${k}`] ?? k,
                draft.housing[k] ?? '',
                setHousing(k, true),
                stored?.housing[k],
              ),
            )}
            <TextField
              id="cd-housing-arrearsMonths"
              label={i.arrearsMonths}
              value={draft.housing.arrearsMonths ?? ''}
              onChange={setHousing('arrearsMonths', true)}
              inputMode="numeric"
              error={errorOf('cd-housing-arrearsMonths')}
              hint={storedHint(stored?.housing.arrearsMonths, draft.housing.arrearsMonths)}
              maxLength={4}
            />
            <TextField
              id="cd-housing-conditionNotes"
              label={i.conditionNotes}
              value={draft.housing.conditionNotes ?? ''}
              onChange={setHousing('conditionNotes')}
              error={errorOf('cd-housing-conditionNotes')}
              hint={storedHint(stored?.housing.conditionNotes, draft.housing.conditionNotes)}
              multiline
              maxLength={2000}
            />
          </fieldset>

          <fieldset>
            <legend>{d.incomesTitle}</legend>
            {draft.incomes.map((row, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a member is its place in the household's list
              <fieldset key={n}>
                <legend>{memberName(n)}</legend>
                {INCOME_KEYS.map((k) =>
                  money(
                    `cd-member-${n}-${k}`,
                    l(INCOME_LABEL[k]),
                    row[k] ?? '',
                    (v) =>
                      setDraft({
                        ...draft,
                        incomes: draft.incomes.map((r, j) => (j === n ? { ...r, [k]: v } : r)),
                      }),
                    stored?.incomes[n]?.[k],
                  ),
                )}
                {MEMBER_FACT_KEYS.map((k) => {
                  const f = memberFactField(k);
                  const id = `cd-member-${n}-${k}`;
                  return (
                    <SelectField
                      key={k}
                      id={id}
                      label={l(f.label)}
                      value={row[k] ?? ''}
                      placeholder={d.unknown}
                      options={factOptions(f, d, l)}
                      onChange={(v) =>
                        setDraft({ ...draft, incomes: draft.incomes.map((r, j) => (j === n ? { ...r, [k]: v } : r)) })
                      }
                      error={errorOf(id)}
                      hint={factHint(f, stored?.incomes[n]?.[k], row[k])}
                    />
                  );
                })}
              </fieldset>
            ))}
          </fieldset>

          <fieldset>
            <legend>{d.assetsTitle}</legend>
            <SelectField
              id="cd-household-ownsHome"
              label={d.ownsHome}
              value={draft.ownsHome}
              placeholder={d.unknown}
              options={[
                { value: 'yes', label: d.yes },
                { value: 'no', label: d.no },
              ]}
              onChange={(v) => setDraft({ ...draft, ownsHome: v as DetailsDraft['ownsHome'] })}
              error={errorOf('cd-household-ownsHome')}
            />
            {ASSET_KEYS.map((k) =>
              money(
                `cd-household-${k}`,
                l(ASSET_LABEL[k]),
                draft.assets[k] ?? '',
                (v) => setDraft({ ...draft, assets: { ...draft.assets, [k]: v } }),
                stored?.assets[k],
              ),
            )}
          </fieldset>

          <HouseholdFacts
            facts={draft.facts}
            onChange={(k, v) => setDraft({ ...draft, facts: { ...draft.facts, [k]: v } })}
            errorOf={errorOf}
            storedHint={(k) => factHint(factField(k), stored?.facts[k], draft.facts[k])}
          />

          <TextField
            id="cd-needs"
            label={i.needs}
            value={draft.needs}
            onChange={(v) => setDraft({ ...draft, needs: v })}
            error={errorOf('cd-needs')}
            hint={storedHint(stored?.needs, draft.needs)}
            maxLength={2000}
          />
          <ButtonRow>
            <Button type="submit" variant="primary">
              {d.save}
            </Button>
            {conflict && (
              <Button
                onClick={() => {
                  setDraft(draftOf(c));
                  startFrom(c);
                  setConflict(null);
                }}
              >
                {d.revert}
              </Button>
            )}
          </ButtonRow>
        </Form>
      </div>
    </section>
  );
}
