import { catalog, nextYearlyFiguresOn, todayIso } from '@jibsa/programs';
import { useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { Button, ChoiceInput, DataTable, Notice, SelectField, TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { RESULT_LABEL } from '../shell/strings.ts';
import type { CaseDetail, Change, ProgramResult } from '../shell/types.ts';
import { intakeStrings } from './intake-strings.ts';
import { changeName } from './ScreeningResults.tsx';

type Scenario = 'move' | 'age65' | 'noIncome' | 'newFigures';
type Household = Record<string, unknown> & { members?: Record<string, unknown>[] };
const INCOME_FIELDS = ['earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome'];
const number = (v: string) => Number(v.replace(/[,\s원]/g, '')) || 0;

/** The supposed household and the days to compare, for one of the common questions. */
function suppose(
  h: Household,
  scenario: Scenario,
  f: { deposit: string; rent: string; member: number; date: string },
  newFiguresOn: string | undefined,
) {
  const members = h.members ?? [];
  // The same household on the day next year's 기준 중위소득 and 기준임대료 start, against today.
  if (scenario === 'newFigures' && newFiguresOn) return { household: h, date: newFiguresOn, baseDate: todayIso() };
  if (scenario === 'move') {
    return { household: { ...h, tenure: 'monthly_rent', deposit: number(f.deposit), monthlyRent: number(f.rent) } };
  }
  if (scenario === 'noIncome') {
    const zero = Object.fromEntries(INCOME_FIELDS.map((k) => [k, 0]));
    return { household: { ...h, members: members.map((m) => ({ ...m, ...zero })) } };
  }
  // Turns 65 on the day: born exactly 65 years before it; the record itself is screened today.
  const born = `${Number(f.date.slice(0, 4)) - 65}${f.date.slice(4)}`;
  const aged = members.map((m, i) => {
    if (i !== f.member) return m;
    const { age: _a, yearAge: _y, ...rest } = m;
    return { ...rest, birthDate: born };
  });
  return { household: { ...h, members: aged }, date: f.date, baseDate: todayIso() };
}

/** 만약에: which programs change, and by how much, if the household's situation changed; nothing is saved. */
export function WhatIf({ c }: { c: CaseDetail }) {
  const i = useStrings(intakeStrings);
  const { l, lang, k } = useI18n();
  const [scenario, setScenario] = useState<Scenario>('move');
  const [f, setF] = useState({ deposit: '5000000', rent: '400000', member: 1, date: '2027-03-02' });
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const household = c.household as Household | null;
  if (!household) return <p>{i.needsHousehold}</p>;
  // Offered once next year's figures are in Jibsa (from the summer's 고시 until 1 January).
  const newFiguresOn = nextYearlyFiguresOn(catalog, todayIso());
  const newFiguresLabel = newFiguresOn ? fill(i.newFigures, { date: centerDay(newFiguresOn, lang) }) : '';
  const members = household.members ?? [];
  const labels: Record<Scenario, string> = {
    move: `${i.moveRent} (${Number(f.rent).toLocaleString('ko-KR')}원)`,
    age65: `${c.people[f.member]?.name ?? `${i.whichMember} ${f.member + 1}`}: ${f.date} ${lang === 'ko' ? '만 65세' : 'turns 65'}`,
    noIncome: i.noIncome,
    newFigures: newFiguresLabel,
  };
  const run = async () => {
    const r = await api<{ changes: Change[] }>('POST', `/api/cases/${c.id}/what-if`, {
      ...suppose(household, scenario, f, newFiguresOn),
      label: labels[scenario].slice(0, 200),
    });
    if (r.ok) {
      setError(null);
      setChanges(r.value.changes);
    } else setError([l(r.problem.detail), ...r.problem.errors.map((e) => l(e))].join(' '));
  };
  const result = (p: ProgramResult | null) =>
    p
      ? `${RESULT_LABEL[lang][p.status]}${p.amount !== null ? ` · ${p.amount.toLocaleString('ko-KR')}${lang === 'ko' ? '원' : ' KRW'}` : ''}`
      : '-';
  return (
    <div className="no-print">
      <p>{i.whatIfLead}</p>
      <p id="whatif-scenario-label">
        <strong>{i.scenario}</strong>
      </p>
      <ChoiceInput
        name="whatif-scenario"
        labelledBy="whatif-scenario-label"
        invalid={false}
        value={scenario}
        options={[
          { value: 'move', label: i.moveRent },
          { value: 'age65', label: i.turns65 },
          { value: 'noIncome', label: i.noIncome },
          ...(newFiguresOn ? [{ value: 'newFigures', label: newFiguresLabel }] : []),
        ]}
        onChange={(v) => {
          setScenario(v as Scenario);
          setChanges(null);
        }}
      />
      {scenario === 'move' && (
        <>
          <TextField
            id="whatif-deposit"
            label={i.moveDeposit}
            value={f.deposit}
            onChange={(v) => setF({ ...f, deposit: v })}
            maxLength={12}
          />
          <TextField
            id="whatif-rent"
            label={i.moveRentAmount}
            value={f.rent}
            onChange={(v) => setF({ ...f, rent: v })}
            maxLength={12}
          />
        </>
      )}
      {scenario === 'age65' && (
        <>
          <SelectField
            id="whatif-member"
            label={i.whichMember}
            value={String(f.member)}
            options={members.map((_, n) => ({
              value: String(n),
              label: c.people[n]?.name ?? `${i.whichMember} ${n + 1}`,
            }))}
            onChange={(v) => setF({ ...f, member: Number(v) })}
          />
          <TextField
            id="whatif-date"
            label={i.onDate}
            type="date"
            value={f.date}
            onChange={(v) => setF({ ...f, date: v })}
          />
        </>
      )}
      <Button onClick={run}>{i.showWhatIf}</Button>
      {error && <Notice tone="warn">{error}</Notice>}
      {changes && (
        <div role="status">
          {changes.length === 0 ? (
            <p>{i.whatIfNone}</p>
          ) : (
            <DataTable
              caption={`${i.whatIfTitle}: ${labels[scenario]}`}
              rows={changes}
              rowKey={(ch) => ch.programId}
              columns={[
                { key: 'name', header: i.program, rowHeader: true, cell: (ch) => k(changeName(ch, lang)) },
                { key: 'before', header: i.before, cell: (ch) => result(ch.before) },
                { key: 'after', header: i.after, cell: (ch) => result(ch.after) },
                { key: 'why', header: i.why, cell: (ch) => k(ch.why) },
              ]}
            />
          )}
        </div>
      )}
    </div>
  );
}
