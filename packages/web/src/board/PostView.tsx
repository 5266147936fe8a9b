import { useEffect, useState } from 'react';
import { href } from '../app/router.ts';
import { fill, useI18n, useStrings } from '../i18n/index.tsx';
import { longDate, shortDate } from '../shared/ui/center-time.ts';
import { ButtonRow, Notice, Page } from '../shared/ui/index.ts';
import { fileSize, read } from './board-api.ts';
import { NoticeFacts } from './NoticeFacts.tsx';
import { boardStrings } from './strings.ts';
import type { PostDetail } from './types.ts';

/** One post: its words (HTML the server already sanitised), attached files, and when it was last edited. */
export function PostView({ number }: { number: number }) {
  const s = useStrings(boardStrings);
  const { l, lang, k } = useI18n();
  const [post, setPost] = useState<PostDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void read<PostDetail>(`/api/board/posts/${number}`).then((r) => {
      if (!live) return;
      if (r.ok) setPost(r.value);
      else setError(r.status === 404 ? s.notFound : l(r.message));
    });
    return () => {
      live = false;
    };
  }, [number, l, s.notFound]);

  const back = (
    <a href={href('/board', { category: post?.category })} className="no-print">
      ← {s.backToList}
    </a>
  );
  if (error) {
    return (
      <Page title={s.boardTitle}>
        <Notice tone="warn">{error}</Notice>
        {back}
      </Page>
    );
  }
  if (!post) return null;
  const bodyLang = lang === 'en' ? 'ko' : undefined;
  return (
    <Page title={post.title} className="board-post">
      <p className="board-meta">
        <a href={href('/board', { category: post.category })}>{s[post.category]}</a> · {s.author} {k(post.authorName)} ·{' '}
        <time dateTime={post.createdAt}>{shortDate(post.createdAt, lang)}</time> · {s.views}{' '}
        <span className="board-view-count">{post.views.toLocaleString()}</span>
      </p>
      {post.notice && <NoticeFacts notice={post.notice} />}
      {/* Posts are written in Korean: on the English page the body is marked so (WCAG 3.1.2). */}
      {/* The server rendered the Markdown and kept only safe tags (board/markdown.ts). */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server with sanitize-html */}
      <div className="board-body" lang={bodyLang} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      {post.attachmentList.length > 0 && (
        <section aria-labelledby="board-files" className="board-files">
          <h2 id="board-files">{s.files}</h2>
          <ul>
            {post.attachmentList.map((a) => (
              <li key={a.id}>
                <a href={a.url} download={a.filename}>
                  {a.filename}
                </a>{' '}
                <span className="hint">
                  ({fileSize(a.size)} · {fill(s.downloads, { n: a.downloads })})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Earlier versions are for staff only (they may hold what an edit took out); the public sees when. */}
      {post.version > 1 && (
        <p className="hint board-edited">{fill(s.lastEdited, { date: longDate(post.updatedAt, lang) })}</p>
      )}
      <ButtonRow className="no-print">
        {back}
        {/* The server's page cannot read the reader's choice of language: the address carries it. */}
        <a href={lang === 'en' ? `${post.permalink}?lang=en` : post.permalink}>{s.printable}</a>
        <a href={`/api/board/feeds/${post.category}/rss.xml`}>{s.feed}</a>
      </ButtonRow>
    </Page>
  );
}
