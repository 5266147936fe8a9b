import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { Revision } from '../../board/types.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import { Button, ButtonRow, Form, NamedAction, Notice, TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { useProblems } from '../shell/use-problems.ts';
import { boardStaffStrings } from './board-strings.ts';

/** The most a reason may be, as the server counts it (characters, spaces around it not counted). */
const REASON_MAX = 200;

/** A template's `{slot}` filled with a node (a name marked as Korean on the English page). */
function withNode(template: string, slot: string, node: ReactNode, values: Record<string, string | number>) {
  const [before = '', after = ''] = fill(template, values).split(`{${slot}}`);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/**
 * A post's earlier versions, newest first, on the staff editor: only staff see them, because an edit
 * often takes out what should not have been public. An administrator can remove an earlier
 * version's text for good (이전 판 내용 지우기); who edited and when stay.
 */
export function PostHistory({ number, version, canRemove }: { number: number; version: number; canRemove: boolean }) {
  const s = useStrings(boardStaffStrings);
  const { l, lang, k } = useI18n();
  const [items, setItems] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await api<{ items: Revision[] }>('GET', `/api/board/posts/${number}/history`);
    if (r.ok) setItems(r.value.items);
    else setError(l(r.problem.detail));
  }, [number, l]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version (a save) adds an entry
  useEffect(() => {
    void load();
  }, [load, version]);

  return (
    <section className="board-history" aria-labelledby="board-history-title">
      <h2 id="board-history-title">{s.historyTitle}</h2>
      <p className="hint">{s.historyLead}</p>
      {error && <Notice tone="warn">{error}</Notice>}
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      {items && items.length === 0 && <p>{s.historyEmpty}</p>}
      {items && items.length > 0 && (
        <ol className="board-revisions">
          {items.map((r) => (
            <li key={r.version}>
              <h3>
                {withNode(s.historyItem, 'who', k(r.editedBy), {
                  v: r.version,
                  date: centerTime(r.editedAt, lang),
                })}
              </h3>
              {r.removed ? (
                <>
                  <p>{withNode(s.removedNote, 'reason', k(r.removed.reason), {})}</p>
                  <p className="hint">
                    {withNode(s.removedWhen, 'who', k(r.removed.by), { date: centerTime(r.removed.at, lang) })}
                  </p>
                </>
              ) : (
                <>
                  <p lang={lang === 'en' ? 'ko' : undefined}>
                    <strong>{r.title}</strong>
                  </p>
                  <pre className="board-revision-text" lang={lang === 'en' ? 'ko' : undefined}>
                    {r.bodyMarkdown}
                  </pre>
                  {canRemove && (
                    <RemoveText
                      number={number}
                      revision={r.version}
                      onRemoved={() => {
                        setDone(fill(s.removeDone, { v: r.version }));
                        void load();
                      }}
                    />
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The administrator's button, and once pressed the reason to give before the text goes. */
function RemoveText({ number, revision, onRemoved }: { number: number; revision: number; onRemoved: () => void }) {
  const s = useStrings(boardStaffStrings);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const prefix = `remove-${revision}`;
  const problems = useProblems(prefix, { reason: s.removeReason });

  if (!open) {
    return (
      <ButtonRow>
        <Button onClick={() => setOpen(true)}>
          <NamedAction action={s.removeText} name={fill(s.versionN, { v: revision })} />
        </Button>
      </ButtonRow>
    );
  }
  const submit = async () => {
    const trimmed = reason.trim();
    if (!trimmed) {
      const words = { ko: s.removeReasonRequired, en: s.removeReasonRequired };
      problems.show({ status: 400, code: 'JIBSA_VALIDATION', detail: words, errors: [{ path: 'reason', ...words }] });
      return;
    }
    setBusy(true);
    const r = await api('POST', `/api/board/posts/${number}/history/${revision}/remove-text`, { reason: trimmed });
    setBusy(false);
    if (r.ok) onRemoved();
    else problems.show(r.problem);
  };
  return (
    <Form
      onSubmit={submit}
      className="board-remove-text"
      summary={{ items: problems.items, general: problems.general, attempt: problems.attempt }}
    >
      <TextField
        id={`${prefix}-reason`}
        label={s.removeReason}
        hint={s.removeReasonHint}
        value={reason}
        onChange={setReason}
        error={problems.errorOf('reason')}
        required
        maxLength={REASON_MAX}
      />
      <ButtonRow>
        <Button type="submit" variant="primary" disabled={busy}>
          {s.removeConfirm}
        </Button>
        <Button onClick={() => setOpen(false)} disabled={busy}>
          {s.removeCancel}
        </Button>
      </ButtonRow>
    </Form>
  );
}
