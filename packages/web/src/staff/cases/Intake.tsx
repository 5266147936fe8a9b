import { useLayoutEffect, useState } from 'react';
import { navigate } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { moneyShown } from '../../self-check/questionnaire/money.ts';
import {
  Button,
  ButtonRow,
  CheckboxField,
  Form,
  Notice,
  optionsOf,
  Page,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../shared/ui/index.ts';
import { api, type Problem } from '../shell/api.ts';
import { DISTRICT_LABEL, staffStrings } from '../shell/strings.ts';
import type { CaseDetail, Me } from '../shell/types.ts';
import { useAskBeforeLeaving } from '../shell/use-ask-before-leaving.ts';
import { assigneeStrings } from './assignee-strings.ts';
import { keepMoney, moneyOf } from './case-details-draft.ts';
import { type Duplicate, DuplicateList } from './DuplicateList.tsx';
import { IntakeAssignee } from './IntakeAssignee.tsx';
import { emptyPerson, IntakePeople, type PersonDraft } from './IntakePeople.tsx';
import { keepIntake, keptIntake, typedSomething } from './intake-draft.ts';
import { HOUSING_TYPE_LABEL, intakeStrings, TENURE_LABEL } from './intake-strings.ts';

const HOUSING_FIELDS = ['dong', 'detail', 'deposit', 'monthlyRent', 'arrearsMonths', 'arrearsAmount', 'conditionNotes'];
/** Amounts and counts, read as the case's details form reads them ("25만", "1,500,000", "3"). */
const NUMBER_FIELDS = ['deposit', 'monthlyRent', 'arrearsMonths', 'arrearsAmount'] as const;
const isNumberField = (k: string) => (NUMBER_FIELDS as readonly string[]).includes(k);

/**
 * What was typed but is no number ("오십만", "25만원쯤"), checked before anything is sent, as the
 * server's paths name those fields: such text used to go as null, so an income typed in words was
 * dropped without a word.
 */
function notNumbers(people: readonly PersonDraft[], h: Record<string, string>): string[] {
  const bad = NUMBER_FIELDS.filter((k) => Number.isNaN(moneyOf(h[k]))).map((k) => `housing.${k}`);
  people.forEach((p, n) => {
    if (Number.isNaN(moneyOf(p.income))) bad.push(`household.members.${n}.earnedIncome`);
  });
  return bad;
}

/** People with an amount of money typed and no word on what kind of money it is. */
function kindsMissing(people: readonly PersonDraft[]): number[] {
  return people.flatMap((p, n) => (moneyOf(p.income) && !p.incomeKind ? [n] : []));
}

/** What intake looks a person up by: name and birth date, or phone (none: nothing to look for). */
function lookupOf(p: PersonDraft): URLSearchParams {
  const q = new URLSearchParams();
  if (p.name && p.birthDate) {
    q.set('name', p.name);
    q.set('birthDate', p.birthDate);
  }
  if (p.phone) q.set('phone', p.phone);
  return q;
}
const looksUp = (p: PersonDraft) => [...lookupOf(p).keys()].length > 0;

/** What the form holds, as the case API takes it: people, housing, the engine's household, needs, consent. */
function toBody(district: string, people: PersonDraft[], h: Record<string, string>, needs: string, consent: object) {
  const housing = Object.fromEntries(
    [
      ['dong', h.dong || undefined],
      ['detail', h.detail || undefined],
      ['tenure', h.tenure || undefined],
      ['housingType', h.housingType || undefined],
      ['deposit', moneyOf(h.deposit)],
      ['monthlyRent', moneyOf(h.monthlyRent)],
      ['arrearsMonths', moneyOf(h.arrearsMonths)],
      ['arrearsAmount', moneyOf(h.arrearsAmount)],
      ['conditionNotes', h.conditionNotes || undefined],
    ].filter(([, v]) => v !== undefined),
  );
  const sigungu = DISTRICT_LABEL[district]?.ko;
  // Tenure, dwelling, deposit and rent go in `housing` only: the server writes them onto the engine's
  // household (householdForHousing), so a second copy here could only drift from the one it keeps.
  const household = {
    ...(sigungu ? { address: { sido: '광주광역시', sigungu } } : {}),
    members: people.map((p) => ({
      relation: p.relation,
      ...(p.birthDate ? { birthDate: p.birthDate } : {}),
      ...(moneyOf(p.income) !== undefined ? { [p.incomeKind || 'earnedIncome']: moneyOf(p.income) } : {}),
    })),
  };
  return {
    ...(district ? { district } : {}),
    people: people.map((p) => ({
      name: p.name,
      relation: p.relation,
      birthDate: p.birthDate || null,
      phone: p.phone || null,
    })),
    housing,
    household,
    needs: needs
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    consent,
  };
}

/** "body.people[0].name" → "people.0.name": the server's paths as the form's fields are keyed. */
const dotted = (path: string) => path.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');

const PERSON_FIELDS = ['name', 'birthDate', 'relation', 'phone'] as const;

/** 새 사례 접수 at the counter or on the phone: possible duplicates first, then the new case. */
export function Intake({ me }: { me: Me }) {
  const s = useStrings(staffStrings);
  const i = useStrings(intakeStrings);
  const a = useStrings(assigneeStrings);
  const { l } = useI18n();
  // A form left half-filled comes back as it was (intake-draft.ts), said at the top.
  const [restored] = useState(() => keptIntake(me.id));
  const [district, setDistrict] = useState(restored?.district ?? me.district ?? '');
  const [people, setPeople] = useState<PersonDraft[]>(() => [...(restored?.people ?? [emptyPerson()])]);
  const [housing, setHousing] = useState<Record<string, string>>(() => ({ ...restored?.housing }));
  const [needs, setNeeds] = useState(restored?.needs ?? '');
  const [consent, setConsent] = useState(restored?.consent ?? { collection: false, sharing: false });
  // Only an admin chooses (a counselor's own case is theirs, handed on from the case page): '' is nobody yet.
  const [assigneeId, setAssigneeId] = useState('');
  const [showRestored, setShowRestored] = useState(restored !== null);
  const draft = { district, people, housing, needs, consent };
  const dirty = typedSomething(draft);
  // Kept as the change is drawn (a layout effect, not a passive one that may still wait when the
  // counselor clicks away at once: the last field typed was then lost).
  // biome-ignore lint/correctness/useExhaustiveDependencies: draft is these five, rebuilt each render
  useLayoutEffect(() => keepIntake(me.id, draft), [me.id, district, people, housing, needs, consent]);
  useAskBeforeLeaving(dirty);
  const startOver = () => {
    setDistrict(me.district ?? '');
    setPeople([emptyPerson()]);
    setHousing({});
    setNeeds('');
    setConsent({ collection: false, sharing: false });
    setAssigneeId('');
    setDuplicates(null);
    setErrors([]);
    setGeneral(null);
    setShowRestored(false);
    keepIntake(me.id, null);
    document.getElementById('people-0-name')?.focus();
  };
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const setH = (k: string) => (v: string) => setHousing({ ...housing, [k]: v });
  const housingLabel: Record<string, string> = {
    dong: i.dong,
    detail: i.addressDetail,
    deposit: i.deposit,
    monthlyRent: i.rent,
    arrearsMonths: i.arrearsMonths,
    arrearsAmount: i.arrearsAmount,
    conditionNotes: i.conditionNotes,
  };

  // The server writes a person's field as people[0].name: the summary names the field and the
  // person ("이름 (가구원 1)"), never the path.
  const labelOf = (raw: string) => {
    const path = dotted(raw);
    const m = path.match(/^(?:people|household\.members)\.(\d+)\.(\w+)/);
    if (m) {
      const field = path.startsWith('household')
        ? i.monthlyIncome
        : PERSON_FIELDS.find((f) => f === m[2])
          ? s[m[2] as (typeof PERSON_FIELDS)[number]]
          : '';
      return fill(i.personField, { field, n: Number(m[1]) + 1 }).trim();
    }
    // The list as a whole (one 본인 exactly, at least one person): named as the people, not by its code.
    if (path.replace(/^body\./, '') === 'people') return i.peopleTitle;
    // A housing field by its own name ("월세 (원)"), not only the section's.
    const housingField = path.match(/^housing\.(\w+)/)?.[1];
    if (housingField) return housingLabel[housingField] ?? i.housingTitle;
    if (path === 'assigneeId') return a.assignee;
    return path.startsWith('consent') ? i.consentTitle : path;
  };
  const fieldIdOf = (path: string) => {
    const p = dotted(path);
    const person = p.match(/^(?:people|household\.members)\.(\d+)\.(\w+)/);
    if (person) return `people-${person[1]}-${p.startsWith('household') ? 'income' : person[2]}`;
    const h = p.match(/^housing\.(\w+)/)?.[1];
    if (h) return `housing-${h}`;
    if (p.startsWith('consent')) return 'consent-collection';
    if (p === 'people') return 'people-0-relation';
    if (p === 'assigneeId') return 'intake-assignee';
    return p === 'district' ? 'intake-district' : 'people-0-name';
  };
  const showProblem = (p: Problem) => {
    setAttempt((n) => n + 1);
    const items = p.errors.map((e) => ({ fieldId: fieldIdOf(e.path), label: labelOf(e.path), message: l(e) }));
    setErrors(items);
    setGeneral(items.length ? null : l(p.detail));
  };
  const errorOf = (path: string) => errors.find((e) => e.fieldId === fieldIdOf(path))?.message;

  /** The case holds what was typed now: nothing to keep, and the case opens. */
  const done = (caseId: string) => {
    keepIntake(me.id, null);
    navigate(`/staff/cases/${caseId}`);
  };
  const findDuplicates = async () => {
    const found = new Map<string, Duplicate>();
    for (const p of people) {
      if (!looksUp(p)) continue;
      const q = lookupOf(p);
      const r = await api<{ items: Duplicate[] }>('GET', `/api/cases/duplicates?${q}`);
      if (!r.ok) return showProblem(r.problem);
      for (const d of r.value.items) found.set(`${d.caseId}-${d.name}`, d);
    }
    setErrors([]);
    setGeneral(null);
    setDuplicates([...found.values()]);
  };
  // Same person: what was taken here joins the existing case (its needs added, the link on its timeline).
  const link = async (d: Duplicate) => {
    const body = toBody(district, people, housing, needs, consent);
    const r = await api<CaseDetail>('POST', `/api/cases/${d.caseId}/links`, { from: 'counter', needs: body.needs });
    if (r.ok) done(r.value.id);
    else showProblem(r.problem);
  };
  // Amounts that are no number are named before anything is sent, at either step.
  const numbersRead = () => {
    const bad = notNumbers(people, housing);
    const kinds = kindsMissing(people);
    if (bad.length === 0 && kinds.length === 0) return true;
    setErrors([
      ...bad.map((path) => ({ fieldId: fieldIdOf(path), label: labelOf(path), message: i.notNumber })),
      ...kinds.map((n) => ({
        fieldId: `people-${n}-incomeKind`,
        label: fill(i.personField, { field: i.incomeKind, n: n + 1 }),
        message: i.incomeKindMissing,
      })),
    ]);
    setGeneral(null);
    setAttempt((n) => n + 1);
    return false;
  };
  const create = async () => {
    const r = await api<CaseDetail>('POST', '/api/cases', {
      ...toBody(district, people, housing, needs, consent),
      ...(assigneeId ? { assigneeId } : {}),
    });
    if (r.ok) done(r.value.id);
    else showProblem(r.problem);
  };

  return (
    <Page title={i.intakeTitle} lead={i.intakeLead}>
      {showRestored && (
        <Notice>
          <p>{i.draftRestored}</p>
          <ButtonRow>
            <Button small onClick={startOver}>
              {i.draftStartOver}
            </Button>
          </ButtonRow>
        </Notice>
      )}
      <Form
        onSubmit={() => {
          if (!numbersRead()) return;
          return duplicates === null ? findDuplicates() : create();
        }}
        summary={{ items: errors, general, attempt }}
      >
        {!me.district && (
          <SelectField
            id="intake-district"
            label={s.district}
            value={district}
            placeholder={i.choose}
            options={optionsOf(DISTRICT_LABEL, l)}
            onChange={setDistrict}
            error={errorOf('district')}
            required
          />
        )}
        {me.role === 'admin' && (
          <IntakeAssignee
            district={district}
            value={assigneeId}
            onChange={setAssigneeId}
            error={errorOf('assigneeId')}
          />
        )}
        <h2>{i.peopleTitle}</h2>
        <IntakePeople
          people={people}
          onChange={(p) => {
            setPeople(p);
            setDuplicates(null);
          }}
          errorOf={errorOf}
        />
        <h2>{i.housingTitle}</h2>
        <SelectField
          id="housing-tenure"
          label={i.tenure}
          value={housing.tenure ?? ''}
          placeholder={i.choose}
          options={optionsOf(TENURE_LABEL, l)}
          onChange={setH('tenure')}
          error={errorOf('housing.tenure')}
        />
        <SelectField
          id="housing-housingType"
          label={i.housingType}
          value={housing.housingType ?? ''}
          placeholder={i.choose}
          options={optionsOf(HOUSING_TYPE_LABEL, l)}
          onChange={setH('housingType')}
          error={errorOf('housing.housingType')}
        />
        {HOUSING_FIELDS.map((k) => (
          <TextField
            key={k}
            id={`housing-${k}`}
            label={housingLabel[k] ?? k}
            value={isNumberField(k) ? moneyShown(housing[k] ?? '') : (housing[k] ?? '')}
            onChange={isNumberField(k) ? (v) => setH(k)(keepMoney(v)) : setH(k)}
            error={errorOf(`housing.${k}`)}
            multiline={k === 'conditionNotes'}
            maxLength={k === 'conditionNotes' ? 2000 : k === 'detail' ? 200 : 30}
          />
        ))}
        <h2>{i.needsTitle}</h2>
        <TextField id="intake-needs" label={i.needs} value={needs} onChange={setNeeds} maxLength={500} />
        <h2>{i.consentTitle}</h2>
        <CheckboxField
          id="consent-collection"
          label={i.consentCollection}
          checked={consent.collection}
          onChange={(v) => setConsent({ ...consent, collection: v })}
          error={errorOf('consent')}
        />
        <CheckboxField
          id="consent-sharing"
          label={i.consentSharing}
          checked={consent.sharing}
          onChange={(v) => setConsent({ ...consent, sharing: v })}
        />
        {duplicates !== null && (
          <section aria-labelledby="h-duplicates" aria-live="polite">
            <h2 id="h-duplicates">{i.duplicatesTitle}</h2>
            {duplicates.length === 0 ? (
              // Nothing typed to look for is not the same as nobody found. (Changing the people
              // clears the search, so those shown are the ones it looked for.)
              <p>{people.some(looksUp) ? i.noDuplicates : i.nothingToSearch}</p>
            ) : (
              <>
                <p>{i.duplicatesLead}</p>
                <DuplicateList items={duplicates} onLink={link} />
              </>
            )}
          </section>
        )}
        <ButtonRow>
          {duplicates === null ? (
            <Button type="submit" variant="primary">
              {i.checkDuplicates}
            </Button>
          ) : (
            <Button type="submit" variant="primary">
              {duplicates.length ? i.createAnyway : i.createCase}
            </Button>
          )}
        </ButtonRow>
      </Form>
    </Page>
  );
}
