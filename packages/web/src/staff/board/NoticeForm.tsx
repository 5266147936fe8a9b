import { GWANGJU_DISTRICTS, HOUSING_TYPES } from '@jibsa/programs';
import { useEffect, useState } from 'react';
import { href, navigate } from '../../app/router.ts';
import { boardStrings } from '../../board/strings.ts';
import type { PostDetail } from '../../board/types.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, ButtonRow, CheckboxField, Form, Page, SelectField, TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { AttachmentField } from './AttachmentField.tsx';
import { boardStaffStrings } from './board-strings.ts';
import { uploadFiles } from './board-upload.ts';
import {
  checkUnits,
  NoticeUnits,
  type UnitDraft,
  unitErrorKey,
  unitSummary,
  unitsFromNotice,
  unitsToSend,
} from './NoticeUnits.tsx';
import { assetCapWon, checkNotice } from './notice-checks.ts';
import { noticeStrings } from './notice-strings.ts';

const FIELDS = [
  'title',
  'body',
  'provider',
  'housingType',
  'district',
  'complex',
  'start',
  'end',
  'minAge',
  'maxAge',
  'assetCap',
  'priority',
  'documents',
  'url',
] as const;
type Field = (typeof FIELDS)[number];
/** Server paths (the API's field names) to this form's fields. */
const SERVER_FIELD: Record<string, Field> = {
  applicationStart: 'start',
  applicationEnd: 'end',
  'limits.minAge': 'minAge',
  'limits.maxAge': 'maxAge',
  'limits.assetCap': 'assetCap',
  priorityGroups: 'priority',
};

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** Entering a 모집공고 by hand: its fields, its words and its files. */
export function NoticeForm({ postNumber = null }: { postNumber?: number | null }) {
  const s = useStrings(noticeStrings);
  const b = useStrings(boardStaffStrings);
  const bs = useStrings(boardStrings);
  const { l } = useI18n();
  // Every field starts empty, the provider too: it started as "LH", and a notice of 광주도시공사 or
  // a 구청 posted without touching it told citizens the wrong provider.
  const [v, setV] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>,
  );
  const [residence, setResidence] = useState<string[]>([]);
  const [units, setUnits] = useState<UnitDraft[]>([]);
  const [unitErrors, setUnitErrors] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (f: Field) => (x: string) => setV((old) => ({ ...old, [f]: x }));
  const [editing, setEditing] = useState<{ id: string; version: number } | null>(null);

  // Editing: the notice's words and fields as they are now, and the version the edit starts from.
  useEffect(() => {
    if (postNumber === null) return;
    void api<PostDetail>('GET', `/api/board/posts/${postNumber}`).then((r) => {
      const n = r.ok ? r.value.notice : null;
      if (!r.ok || !n) {
        setGeneral(r.ok ? bs.notFound : l(r.problem.detail));
        return;
      }
      setEditing({ id: n.id, version: n.version });
      setResidence(n.limits.residence ?? []);
      setUnits(unitsFromNotice(n.units));
      setV({
        title: r.value.title,
        body: r.value.bodyMarkdown,
        provider: n.provider,
        housingType: n.housingType,
        district: n.district ?? '',
        complex: n.complex ?? '',
        start: n.applicationStart ?? '',
        end: n.applicationEnd,
        minAge: n.limits.minAge?.toString() ?? '',
        maxAge: n.limits.maxAge?.toString() ?? '',
        assetCap: n.limits.assetCap !== undefined ? String(n.limits.assetCap / 10_000) : '',
        priority: n.priorityGroups.join('\n'),
        documents: n.documents.join('\n'),
        url: n.url ?? '',
      });
    });
  }, [postNumber, l, bs.notFound]);

  const submit = async () => {
    const local: Partial<Record<Field, string>> = checkNotice(v, s, (max) =>
      fill(s.tooBig, { max: max.toLocaleString('ko-KR') }),
    );
    const localUnits = checkUnits(units, s);
    setErrors(local);
    setUnitErrors(localUnits);
    setGeneral(null);
    if (Object.keys(local).length || Object.keys(localUnits).length) {
      setAttempt((a) => a + 1);
      return;
    }
    const int = (x: string) => (x.trim() ? Number(x.trim()) : undefined);
    const cap = assetCapWon(v.assetCap);
    const limits = {
      ...(int(v.minAge) !== undefined ? { minAge: int(v.minAge) } : {}),
      ...(int(v.maxAge) !== undefined ? { maxAge: int(v.maxAge) } : {}),
      ...(cap !== null ? { assetCap: cap } : {}),
      ...(residence.length ? { residence } : {}),
    };
    setBusy(true);
    const fields = {
      title: v.title.trim(),
      body: v.body,
      provider: v.provider.trim(),
      housingType: v.housingType,
      district: v.district || null,
      complex: v.complex.trim() || null,
      applicationStart: v.start || null,
      applicationEnd: v.end,
      units: unitsToSend(units),
      limits,
      priorityGroups: lines(v.priority),
      documents: lines(v.documents),
      url: v.url.trim() || null,
    };
    const r = editing
      ? await api<{ postNumber: number; version: number }>('PUT', `/api/notices/${editing.id}`, {
          ...fields,
          version: editing.version,
        })
      : await api<{ postNumber: number; version: number }>('POST', '/api/notices', fields);
    if (!r.ok && r.problem.status === 409 && editing) {
      // Keep the writer's words; the next save is based on the version now stored.
      const now = await api<PostDetail>('GET', `/api/board/posts/${postNumber}`);
      if (now.ok && now.value.notice) setEditing({ ...editing, version: now.value.notice.version });
      setBusy(false);
      setGeneral(s.conflict);
      setAttempt((a) => a + 1);
      return;
    }
    if (!r.ok) {
      setBusy(false);
      const fieldErrors: Partial<Record<Field, string>> = {};
      const serverUnits: Record<string, string> = {};
      for (const e of r.problem.errors) {
        const unit = unitErrorKey(e.path);
        if (unit) {
          serverUnits[unit] = l(e);
          continue;
        }
        const f =
          SERVER_FIELD[e.path] ?? (FIELDS as readonly string[]).find((x) => e.path === x || e.path.startsWith(`${x}.`));
        if (f) fieldErrors[f as Field] = l(e);
      }
      setErrors(fieldErrors);
      setUnitErrors(serverUnits);
      if (Object.keys(fieldErrors).length === 0 && Object.keys(serverUnits).length === 0)
        setGeneral([l(r.problem.detail), ...r.problem.errors.map((e) => l(e))].join(' '));
      setAttempt((a) => a + 1);
      return;
    }
    const refused = await uploadFiles(r.value.postNumber, files, b.fileRefused, l);
    setBusy(false);
    if (refused.length) {
      setGeneral(refused.join(' '));
      setAttempt((a) => a + 1);
      return;
    }
    navigate(`/board/${r.value.postNumber}`);
  };

  const label: Record<Field, string> = {
    title: b.title,
    body: b.body,
    provider: s.provider,
    housingType: s.housingType,
    district: s.district,
    complex: s.complex,
    start: s.start,
    end: s.end,
    minAge: s.minAge,
    maxAge: s.maxAge,
    assetCap: s.assetCap,
    priority: s.priority,
    documents: s.documents,
    url: s.url,
  };
  const summary = [
    ...FIELDS.filter((f) => errors[f]).map((f) => ({
      fieldId: `notice-${f}`,
      label: label[f],
      message: errors[f] as string,
    })),
    ...unitSummary(unitErrors, s),
  ];
  const text = (f: Field, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={`notice-${f}`} label={label[f]} value={v[f]} onChange={set(f)} error={errors[f]} {...extra} />
  );
  return (
    <Page
      title={postNumber === null ? s.formTitle : fill(s.editTitle, { n: postNumber })}
      lead={postNumber === null ? s.formLead : undefined}
    >
      <ButtonRow className="no-print">
        <a href={href('/staff/board')}>← {b.back}</a>
      </ButtonRow>
      <Form onSubmit={submit} summary={{ items: summary, general, attempt }}>
        {text('title', { required: true, maxLength: 200 })}
        {text('provider', { required: true, maxLength: 50, hint: s.providerHint })}
        <SelectField
          id="notice-housingType"
          label={s.housingType}
          value={v.housingType}
          // No type is taken for granted: it decides which cases the notice is matched to.
          placeholder={s.chooseHousingType}
          // Income has no field of its own: the type's program rules carry it (notices/match.ts).
          hint={s.housingTypeHint}
          options={HOUSING_TYPES.map((t) => ({ value: t.id, label: l(t) }))}
          onChange={set('housingType')}
          error={errors.housingType}
          required
        />
        <SelectField
          id="notice-district"
          label={s.district}
          value={v.district}
          placeholder={s.anyDistrict}
          options={GWANGJU_DISTRICTS.map((d) => ({ value: d.id, label: l(d) }))}
          onChange={set('district')}
        />
        {text('complex', { maxLength: 100 })}
        {text('start', { type: 'date' })}
        {text('end', { type: 'date', required: true })}
        <NoticeUnits units={units} errors={unitErrors} onChange={setUnits} />
        {text('minAge', { maxLength: 3 })}
        {text('maxAge', { maxLength: 3 })}
        {text('assetCap', { maxLength: 20, hint: s.assetCapHint })}
        <fieldset className="field">
          <legend>{s.residence}</legend>
          {GWANGJU_DISTRICTS.map((d) => (
            <CheckboxField
              key={d.id}
              id={`notice-residence-${d.id}`}
              label={l(d)}
              checked={residence.includes(d.id)}
              onChange={(on) => setResidence((r) => (on ? [...r, d.id] : r.filter((x) => x !== d.id)))}
            />
          ))}
        </fieldset>
        {text('priority', { multiline: true, maxLength: 2000 })}
        {text('documents', { multiline: true, maxLength: 4000 })}
        {text('url', { maxLength: 500 })}
        {text('body', { multiline: true, maxLength: 50_000, hint: b.bodyHint })}
        <AttachmentField id="notice-file" onFiles={setFiles} />
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? b.saving : editing ? s.saveEdit : s.save}
        </Button>
      </Form>
    </Page>
  );
}
