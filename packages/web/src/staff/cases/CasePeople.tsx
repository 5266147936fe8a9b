import { todayIso } from '@jibsa/programs';
import { useEffect, useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import {
  Button,
  ButtonRow,
  DataTable,
  ErrorSummary,
  Form,
  focusSoon,
  labelFor,
  Notice,
  optionsOf,
  SelectField,
  TextField,
} from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { phoneText } from '../shell/phone.ts';
import { staffStrings } from '../shell/strings.ts';
import type { CaseDetail } from '../shell/types.ts';
import { useProblems } from '../shell/use-problems.ts';
import { CHANGED_FIELD_LABEL } from './case-details-strings.ts';
import { RELATION_LABEL } from './intake-strings.ts';
import { ageOn, headQuestion, PersonHeadChoice } from './PersonHeadChoice.tsx';
import { peopleStrings } from './people-strings.ts';

type Person = CaseDetail['people'][number];
type Draft = { name: string; birthDate: string; age: string; relation: string; phone: string; head: string };
/** What is open: nothing, the add form, an edit of one person, or the question before removing one. */
type Open = { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'remove'; id: string } | null;

/** The engine member's 만 나이 beside a person (same position), kept when no birth date is known. */
const storedAge = (c: CaseDetail, i: number): number | undefined => {
  const members = (c.household as { members?: unknown } | null)?.members;
  const age = Array.isArray(members) ? (members[i] as { age?: unknown } | undefined)?.age : undefined;
  return typeof age === 'number' ? age : undefined;
};
const ageOf = (c: CaseDetail, x: Person): number | undefined =>
  x.birthDate ? ageOn(x.birthDate, todayIso()) : storedAge(c, c.people.indexOf(x));

const draftOf = (c: CaseDetail, p?: Person): Draft => ({
  name: p?.name ?? '',
  birthDate: p?.birthDate ?? '',
  age: p && !p.birthDate ? String(storedAge(c, c.people.indexOf(p)) ?? '') : '',
  // No relation chosen in advance: one left as it was saved a 12-year-old as 배우자.
  relation: p?.relation ?? '',
  phone: p?.phone ?? '',
  head: '',
});

/**
 * The case's people: each can be corrected or removed, and one added, each saved on its own with
 * the case version the form was opened at. A 409 keeps what was typed beside the reloaded case.
 * Focus goes to the form when it opens and back to the button that opened it when it closes.
 */
export function CasePeople(props: {
  c: CaseDetail;
  onSaved: (fresh: CaseDetail) => void;
  reload: () => Promise<CaseDetail | null>;
}) {
  const { c } = props;
  const s = useStrings(staffStrings);
  const p = useStrings(peopleStrings);
  const { l, k, lang } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const [draft, setDraft] = useState<Draft>(draftOf(c));
  const [version, setVersion] = useState(c.version);
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);
  const labels = {
    name: s.name,
    birthDate: s.birthDate,
    age: p.age,
    relation: s.relation,
    phone: s.phone,
    newHeadId: p.newHead,
    formerHeadRelation: p.formerHead,
  };
  const problems = useProblems('person', labels);

  // Whatever opens starts from the case as it is now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when something opens, not on each reload
  useEffect(() => {
    if (open) setVersion(c.version);
    if (open?.kind === 'add' || open?.kind === 'edit') focusSoon('person-name');
    if (open?.kind === 'remove')
      focusSoon(headQuestion(c.people, open.id, null) ? 'person-newHeadId' : 'person-remove-yes');
  }, [open]);

  const close = (back: string) => {
    setOpen(null);
    problems.show(null);
    focusSoon(back);
  };
  const start = (next: Open, person?: Person) => {
    setMessage(null);
    problems.show(null);
    setDraft(draftOf(c, person));
    setOpen(next);
  };

  const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: object) => {
    const r = await api<CaseDetail>(method, url, body);
    if (r.ok) {
      props.onSaved(r.value);
      return r.value;
    }
    if (r.problem.status === 409 && r.problem.code === 'JIBSA_CASE_CONFLICT') {
      const changed = r.problem.errors.map((e) => e.path).filter((f) => f !== 'version');
      const fresh = await props.reload();
      // The reloaded case is what the next save answers to; what was typed stays in the form.
      if (fresh) setVersion(fresh.version);
      const named = changed.map((f) => labelFor(CHANGED_FIELD_LABEL, f, l)).join(', ');
      setMessage({ text: `${p.conflict}${named ? ` ${p.conflictFields}: ${named}.` : ''}`, warn: true });
    } else if (r.problem.status === 404 && open?.kind !== 'add') {
      await props.reload();
      setOpen(null);
      setMessage({ text: p.gone, warn: true });
      focusSoon('person-add');
    } else {
      problems.show(r.problem);
    }
    return null;
  };

  const question = (selfId: string | null, relation: string | null) => headQuestion(c.people, selfId, relation);
  const save = async () => {
    const asked = question(open?.kind === 'edit' ? open.id : null, draft.relation);
    const age = draft.age.trim();
    const body = {
      version,
      name: draft.name,
      // Not chosen: left out, so the server names the field as one to fill in.
      ...(draft.relation ? { relation: draft.relation } : {}),
      birthDate: draft.birthDate || null,
      phone: draft.phone.trim() || null,
      // A birth date decides the age; only without one is the typed age (or none) sent.
      // Anything but digits goes as typed, so the server names the field rather than NaN clearing it.
      ...(draft.birthDate ? {} : { age: age === '' ? null : /^\d+$/.test(age) ? Number(age) : age }),
      ...(asked && draft.head ? { [asked]: draft.head } : {}),
    };
    if (open?.kind === 'add') {
      if (await send('POST', `/api/cases/${c.id}/people`, body)) {
        setMessage({ text: p.added, warn: false });
        close('person-add');
      }
    } else if (open?.kind === 'edit') {
      if (await send('PATCH', `/api/cases/${c.id}/people/${open.id}`, body)) {
        setMessage({ text: p.saved, warn: false });
        close(`person-edit-${open.id}`);
      }
    }
  };
  const remove = async (id: string) => {
    const newHead = draft.head ? `&newHeadId=${encodeURIComponent(draft.head)}` : '';
    if (await send('DELETE', `/api/cases/${c.id}/people/${id}?version=${version}${newHead}`)) {
      setMessage({ text: p.removed, warn: false });
      close('person-add');
    }
  };

  const editing = open?.kind === 'add' || open?.kind === 'edit' ? open : null;
  return (
    <section aria-labelledby="h-people">
      <h2 id="h-people">{s.people}</h2>
      <p className="no-print">{p.lead}</p>
      {message && (
        <div role={message.warn ? 'alert' : 'status'}>
          <Notice tone={message.warn ? 'warn' : 'info'}>{message.text}</Notice>
        </div>
      )}
      <DataTable
        caption={s.people}
        rows={c.people}
        rowKey={(x) => x.id}
        columns={[
          { key: 'name', header: s.name, rowHeader: true, cell: (x) => k(x.name) },
          {
            key: 'relation',
            header: s.relation,
            cell: (x) => labelFor(RELATION_LABEL, x.relation, l),
          },
          { key: 'birth', header: s.birthDate, cell: (x) => (x.birthDate ? centerDay(x.birthDate, lang) : p.none) },
          { key: 'age', header: p.age, cell: (x) => ageOf(c, x) ?? p.none },
          { key: 'phone', header: s.phone, cell: (x) => (x.phone ? phoneText(x.phone) : p.none) },
          {
            key: 'actions',
            header: p.actions,
            className: 'no-print',
            cell: (x) => (
              <ButtonRow>
                <Button small id={`person-edit-${x.id}`} onClick={() => start({ kind: 'edit', id: x.id }, x)}>
                  <PersonAction name={x.name} action={p.edit} />
                </Button>
                {c.people.length > 1 && (
                  <Button small onClick={() => start({ kind: 'remove', id: x.id }, x)}>
                    <PersonAction name={x.name} action={p.remove} />
                  </Button>
                )}
              </ButtonRow>
            ),
          },
        ]}
      />
      {open?.kind === 'remove' && (
        <fieldset className="no-print">
          <legend>
            <strong>{c.people.find((x) => x.id === open.id)?.name}</strong>: {p.removeConfirm}
          </legend>
          <ErrorSummary items={problems.items} general={problems.general} attempt={problems.attempt} />
          {question(open.id, null) && (
            <PersonHeadChoice
              question="newHeadId"
              people={c.people}
              selfId={open.id}
              value={draft.head}
              onChange={(v) => setDraft({ ...draft, head: v })}
              error={problems.errorOf('newHeadId')}
            />
          )}
          <ButtonRow>
            <Button id="person-remove-yes" variant="primary" onClick={() => remove(open.id)}>
              {p.removeYes}
            </Button>
            <Button onClick={() => close(`person-edit-${open.id}`)}>{p.cancel}</Button>
          </ButtonRow>
        </fieldset>
      )}
      {editing ? (
        <Form className="no-print" onSubmit={save}>
          <fieldset>
            <legend>{editing.kind === 'add' ? p.addTitle : p.editTitle}</legend>
            <ErrorSummary items={problems.items} general={problems.general} attempt={problems.attempt} />
            <TextField
              id="person-name"
              label={s.name}
              value={draft.name}
              onChange={(v) => setDraft({ ...draft, name: v })}
              error={problems.errorOf('name')}
              required
              maxLength={50}
            />
            <TextField
              id="person-birthDate"
              label={s.birthDate}
              type="date"
              hint={p.birthHint}
              value={draft.birthDate}
              onChange={(v) => setDraft({ ...draft, birthDate: v })}
              error={problems.errorOf('birthDate')}
            />
            {!draft.birthDate && (
              <TextField
                id="person-age"
                label={p.age}
                hint={p.ageHint}
                inputMode="numeric"
                value={draft.age}
                onChange={(v) => setDraft({ ...draft, age: v })}
                error={problems.errorOf('age')}
                maxLength={3}
              />
            )}
            <SelectField
              id="person-relation"
              label={s.relation}
              value={draft.relation}
              placeholder={p.choose}
              required
              options={optionsOf(RELATION_LABEL, l)}
              onChange={(v) => setDraft({ ...draft, relation: v, head: '' })}
              error={problems.errorOf('relation')}
            />
            {(() => {
              const asked = question(editing.kind === 'edit' ? editing.id : null, draft.relation);
              return (
                asked && (
                  <PersonHeadChoice
                    question={asked}
                    people={c.people}
                    selfId={editing.kind === 'edit' ? editing.id : null}
                    value={draft.head}
                    onChange={(v) => setDraft({ ...draft, head: v })}
                    error={problems.errorOf(asked)}
                  />
                )
              );
            })()}
            <TextField
              id="person-phone"
              label={s.phone}
              type="tel"
              hint={p.phoneHint}
              value={draft.phone}
              onChange={(v) => setDraft({ ...draft, phone: v })}
              error={problems.errorOf('phone')}
              maxLength={20}
            />
            <ButtonRow>
              <Button type="submit" variant="primary">
                {p.save}
              </Button>
              <Button onClick={() => close(editing.kind === 'edit' ? `person-edit-${editing.id}` : 'person-add')}>
                {p.cancel}
              </Button>
            </ButtonRow>
          </fieldset>
        </Form>
      ) : (
        c.people.length < 20 && (
          <Button id="person-add" className="no-print" small onClick={() => start({ kind: 'add' })}>
            {p.add}
          </Button>
        )
      )}
    </section>
  );
}

/**
 * A person's button: shows the action, is heard as "{name} {action}" (as its aria-label said), with
 * the name marked lang="ko" on the English page, which an aria-label cannot do (WCAG 3.1.2).
 */
function PersonAction({ name, action }: { name: string; action: string }) {
  const { k } = useI18n();
  return (
    <>
      <span aria-hidden="true">{action}</span>
      <span className="visually-hidden">
        {k(name)} {action}
      </span>
    </>
  );
}
