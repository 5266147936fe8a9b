import { type ComponentProps, useEffect, useState } from 'react';
import { href, navigate } from '../../app/router.ts';
import { fileSize } from '../../board/board-api.ts';
import { boardStrings } from '../../board/strings.ts';
import { CATEGORIES, type Category, type PostDetail, type Revision } from '../../board/types.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import { Button, ButtonRow, CheckboxField, Form, Page, SelectField, TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { AttachmentField } from './AttachmentField.tsx';
import { boardStaffStrings } from './board-strings.ts';
import { uploadFiles } from './board-upload.ts';
import { noticeStrings } from './notice-strings.ts';
import { PostHistory } from './PostHistory.tsx';

interface Draft {
  category: Category;
  title: string;
  body: string;
  pinned: boolean;
}

interface Conflict {
  theirs: PostDetail;
  who: string;
  at: string;
}

const EMPTY: Draft = { category: 'news', title: '', body: '', pinned: false };

/** A saved post as a draft to edit (the writer's own on load, or theirs after a conflict). */
const draftOf = (p: PostDetail): Draft => ({
  category: p.category,
  title: p.title,
  body: p.bodyMarkdown,
  pinned: p.pinned,
});

/** The text fields, each with its own error from the server (the rest go in the general message). */
const TEXTS = ['title', 'body'] as const;
type Text = (typeof TEXTS)[number];

/**
 * Writing or editing a post (#/staff/board/new, #/staff/board/<번호>). Files are sent after the
 * post is saved, one request each, so a refused file never loses the words. An edit carries the
 * version it started from: if someone saved in between, the server answers 409 and this screen
 * keeps the writer's text and shows theirs, and the writer chooses.
 */
export function BoardEditor({ number, canRemoveText = false }: { number: number | null; canRemoveText?: boolean }) {
  const s = useStrings(boardStaffStrings);
  const b = useStrings(boardStrings);
  const n = useStrings(noticeStrings);
  const { l, lang, k } = useI18n();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [post, setPost] = useState<PostDetail | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Text, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [fileInput, setFileInput] = useState(0);

  const load = async (n: number) => {
    const r = await api<PostDetail>('GET', `/api/board/posts/${n}`);
    if (!r.ok) {
      setGeneral(l(r.problem.detail));
      return null;
    }
    setPost(r.value);
    return r.value;
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per post number
  useEffect(() => {
    if (number === null) return;
    void load(number).then((p) => {
      if (p) setDraft(draftOf(p));
    });
  }, [number]);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const save = async (version = post?.version) => {
    if (!draft.title.trim()) {
      setErrors({ title: s.titleRequired });
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    setErrors({});
    setGeneral(null);
    const r =
      number === null
        ? await api<{ number: number }>('POST', '/api/board/posts', draft)
        : await api<{ number: number }>('PUT', `/api/board/posts/${number}`, { ...draft, version });
    if (!r.ok) {
      setBusy(false);
      setAttempt((a) => a + 1);
      if (r.problem.status === 409 && number !== null) {
        const theirs = await load(number);
        const history = await api<{ items: Revision[] }>('GET', `/api/board/posts/${number}/history`);
        const last = history.ok ? history.value.items[0] : undefined;
        if (theirs) setConflict({ theirs, who: last?.editedBy ?? '', at: last?.editedAt ?? theirs.updatedAt });
        return;
      }
      const found: Partial<Record<Text, string>> = {};
      for (const field of TEXTS) {
        const e = r.problem.errors.find((x) => x.path.includes(field));
        if (e) found[field] = l(e);
      }
      setErrors(found);
      if (Object.keys(found).length === 0) setGeneral(l(r.problem.detail));
      return;
    }
    const saved = r.value.number;
    const refused = await uploadFiles(saved, files, s.fileRefused, l);
    setBusy(false);
    setFiles([]);
    setFileInput((k) => k + 1);
    setConflict(null);
    if (refused.length) {
      setGeneral(refused.join(' '));
      setAttempt((a) => a + 1);
      if (number === null) navigate(`/staff/board/${saved}`, undefined, { replace: true });
      else await load(saved);
      return;
    }
    navigate(`/board/${saved}`);
  };

  const title = number === null ? s.newTitle : fill(s.editTitle, { n: number });
  const summary = TEXTS.flatMap((k) => {
    const message = errors[k];
    return message ? [{ fieldId: `board-${k}`, label: s[k], message }] : [];
  });
  const text = (k: Text, extra: Partial<ComponentProps<typeof TextField>>) => (
    <TextField
      id={`board-${k}`}
      label={s[k]}
      value={draft[k]}
      onChange={(v) => set(k, v)}
      error={errors[k]}
      {...extra}
    />
  );
  return (
    <Page title={title}>
      <ButtonRow className="no-print">
        <a href={href('/staff/board')}>← {s.back}</a>
        {post && <a href={href(`/board/${post.number}`)}>{s.view}</a>}
        {post?.notice && <a href={href(`/staff/board/notice/${post.number}`)}>{n.editFields}</a>}
      </ButtonRow>
      {conflict && (
        <section className="notice" aria-labelledby="board-conflict" role="alert">
          <h2 id="board-conflict">{s.conflictTitle}</h2>
          <p>
            {k(
              fill(s.conflictBody, {
                who: conflict.who || (lang === 'ko' ? '다른 분' : 'Someone'),
                date: centerTime(conflict.at, lang),
              }),
            )}
          </p>
          <details>
            <summary>{s.theirVersion}</summary>
            <p>
              <strong>{k(conflict.theirs.title)}</strong>
            </p>
            {/* Posts are written in Korean: so marked on the English page, as the post's own page does. */}
            <pre className="board-revision-text" lang={lang === 'en' ? 'ko' : undefined}>
              {conflict.theirs.bodyMarkdown}
            </pre>
          </details>
          <ButtonRow>
            <Button variant="primary" onClick={() => save(conflict.theirs.version)} disabled={busy}>
              {s.keepMine}
            </Button>
            <Button
              onClick={() => {
                setDraft(draftOf(conflict.theirs));
                setConflict(null);
              }}
            >
              {s.takeTheirs}
            </Button>
          </ButtonRow>
        </section>
      )}
      <Form onSubmit={save} summary={{ items: summary, general, attempt }}>
        <SelectField
          id="board-category"
          label={s.category}
          value={draft.category}
          options={CATEGORIES.map((c) => ({ value: c, label: b[c] }))}
          onChange={(v) => set('category', v as Category)}
        />
        {text('title', { required: true, maxLength: 200 })}
        {text('body', { hint: s.bodyHint, multiline: true, maxLength: 50_000 })}
        <CheckboxField
          id="board-pinned"
          label={s.pinned}
          help={s.pinnedHelp}
          checked={draft.pinned}
          onChange={(v) => set('pinned', v)}
        />
        {post && post.attachmentList.length > 0 && (
          <div className="field">
            <p>{s.attached}</p>
            <ul>
              {post.attachmentList.map((a) => (
                <li key={a.id}>
                  {a.filename} ({fileSize(a.size)})
                </li>
              ))}
            </ul>
          </div>
        )}
        <AttachmentField id="board-file" resetKey={fileInput} onFiles={setFiles} />
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? s.saving : s.save}
        </Button>
      </Form>
      {post && <PostHistory number={post.number} version={post.version} canRemove={canRemoveText} />}
    </Page>
  );
}
