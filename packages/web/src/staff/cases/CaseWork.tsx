import { useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, CheckboxField, FileField, Form, focusSoon, TextField } from '../../shared/ui/index.ts';
import type { Referral } from '../referrals/referral-strings.ts';
import { api, fileToBase64, type Result } from '../shell/api.ts';
import { keepDraft, keptDraft } from '../shell/kept-drafts.ts';
import { staffStrings } from '../shell/strings.ts';
import type { CaseDetail } from '../shell/types.ts';
import { useAskBeforeLeaving } from '../shell/use-ask-before-leaving.ts';
import { CaseNotesList } from './CaseNotesList.tsx';
import { CaseTasks } from './CaseTasks.tsx';
import { GoalsMet } from './GoalsMet.tsx';
import { useEmptyField } from './use-empty-field.ts';

/** The server's limit for one document (cases/documents.ts MAX_DOCUMENT_BYTES). */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Plan, tasks, notes and documents of a case: each form posts, then the page shows the new case. */
export function CaseWork({
  c,
  staffId,
  after,
  referrals = [],
}: {
  c: CaseDetail;
  /** Whose note this is, if it is kept while unsent (kept-drafts.ts). */
  staffId: string;
  after: (r: Result<unknown>, fresh?: CaseDetail) => Promise<boolean>;
  /** The case's referrals as the referral panel last loaded them: those that reached a goal offer to mark it. */
  referrals?: readonly Referral[];
}) {
  const s = useStrings(staffStrings);
  const [goal, setGoal] = useState('');
  // A note being written outlives a move away and a session that ended (kept for its writer alone).
  const noteKey = `note:${c.id}`;
  const [note, setNoteState] = useState(() => keptDraft<string>(staffId, noteKey) ?? '');
  const setNote = (v: string) => {
    setNoteState(v);
    keepDraft(staffId, noteKey, v.trim() === '' ? null : v);
  };
  useAskBeforeLeaving(note.trim() !== '');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [uploaded, setUploaded] = useState<string | null>(null);
  /** Empties the picker after an upload, so its old file name is not shown as if still to send. */
  const [picker, setPicker] = useState(0);
  const { l } = useI18n();

  const savePlan = async (plan: CaseDetail['plan']) => {
    const r = await api<CaseDetail>('PATCH', `/api/cases/${c.id}`, { version: c.version, plan });
    return after(r, r.ok ? r.value : undefined);
  };
  const empty = useEmptyField();
  const addGoal = async () => {
    if (empty.blank(goal, 'new-goal', s.noGoal)) return;
    if (await savePlan([...c.plan, { goal: goal.trim(), done: false }])) setGoal('');
  };
  const addNote = async () => {
    if (empty.blank(note, 'new-note', s.noNote)) return;
    if (await after(await api('POST', `/api/cases/${c.id}/notes`, { body: note.trim() }))) setNote('');
  };
  /** Said beside the file picker, focus moved there: the page's own message is far above this section. */
  const fileProblem = (text: string) => {
    setUploaded(null);
    setFileError(text);
    focusSoon('new-document');
  };
  const upload = async () => {
    setFileError(undefined);
    // Checked before sending: nothing to send, or what the server would refuse after a long upload.
    if (!file) return fileProblem(s.noFile);
    if (file.size === 0) return fileProblem(s.emptyFile);
    if (file.size > MAX_DOCUMENT_BYTES) {
      return fileProblem(fill(s.fileTooBig, { size: (file.size / 1024 / 1024).toFixed(1) }));
    }
    const contentBase64 = await fileToBase64(file);
    const r = await api('POST', `/api/cases/${c.id}/documents`, { kind: 'other', filename: file.name, contentBase64 });
    // A stale case (409) is the page's to say: it reloads the case.
    if (!r.ok && r.problem.status !== 409) {
      return fileProblem(
        r.problem.errors.length > 0 ? r.problem.errors.map((e) => l(e)).join(' ') : l(r.problem.detail),
      );
    }
    if (await after(r)) {
      setUploaded(file.name);
      setFile(null);
      setPicker((n) => n + 1);
    }
  };

  return (
    <>
      <section aria-labelledby="h-plan">
        <h2 id="h-plan">{s.plan}</h2>
        <GoalsMet
          plan={c.plan}
          referrals={referrals}
          onMark={async (i) => {
            // The offer goes with the click: focus goes to the goal, now ticked.
            if (await savePlan(c.plan.map((x, j) => (j === i ? { ...x, done: true } : x)))) focusSoon(`goal-${i}`);
          }}
        />
        <ul className="plan">
          {c.plan.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id of their own; the plan is saved whole
            <li key={`${i}-${g.goal}`}>
              <CheckboxField
                id={`goal-${i}`}
                label={g.goal}
                checked={g.done}
                onChange={(done) => savePlan(c.plan.map((x, j) => (j === i ? { ...x, done } : x)))}
              />
            </li>
          ))}
        </ul>
        {/* A form, so Enter in the field adds the goal. */}
        <Form onSubmit={addGoal} className="no-print">
          <TextField
            id="new-goal"
            label={s.newGoal}
            value={goal}
            onChange={(v) => {
              setGoal(v);
              empty.typed('new-goal');
            }}
            maxLength={300}
            error={empty.error('new-goal')}
          />
          <Button type="submit">{s.addGoal}</Button>
        </Form>
      </section>

      <CaseTasks c={c} after={after} />

      <section aria-labelledby="h-notes">
        <h2 id="h-notes">{s.notes}</h2>
        <CaseNotesList notes={c.notes} />
        <div className="no-print">
          <TextField
            id="new-note"
            label={s.newNote}
            value={note}
            onChange={(v) => {
              setNote(v);
              empty.typed('new-note');
            }}
            multiline
            maxLength={5000}
            error={empty.error('new-note')}
          />
          <Button onClick={addNote}>{s.addNote}</Button>
        </div>
      </section>

      <section aria-labelledby="h-documents">
        <h2 id="h-documents">{s.documents}</h2>
        <ul className="documents">
          {c.documents.map((d) => (
            <li key={d.id}>
              <a href={`/api/cases/${c.id}/documents/${d.id}`} download={d.filename}>
                {d.filename}
              </a>{' '}
              ({Math.ceil(d.size / 1024)} KB)
            </li>
          ))}
        </ul>
        <FileField
          id="new-document"
          label={s.pickFile}
          className="no-print"
          accept="application/pdf,image/png,image/jpeg"
          onFiles={(files) => {
            setFile(files[0] ?? null);
            setFileError(undefined);
            setUploaded(null);
          }}
          error={fileError}
          resetKey={picker}
        >
          <Button onClick={upload}>{s.upload}</Button>
        </FileField>
        <p role="status" className="no-print">
          {uploaded ? fill(s.uploadedFile, { file: uploaded }) : ''}
        </p>
      </section>
    </>
  );
}
