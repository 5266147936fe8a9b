import { useEffect, useState } from 'react';
import { href, navigate } from '../app/router.ts';
import { fill, useI18n, useStrings } from '../i18n/index.tsx';
import { shortDate } from '../shared/ui/center-time.ts';
import { Button, ButtonRow, DataTable, Notice, Page, TextField } from '../shared/ui/index.ts';
import { read } from './board-api.ts';
import { ClosingSoon } from './ClosingSoon.tsx';
import { Deadline } from './Deadline.tsx';
import { boardStrings } from './strings.ts';
import { CATEGORIES, type Category, type PostList, type PostRow } from './types.ts';

const PAGE_SIZE = 15;

/**
 * The board list: 번호 · 제목 · 글쓴이 · 날짜 · 조회 수, newest first, pinned notices on top of the
 * first page, one category or all, a search that forgives spacing, and pages. Everything the
 * list shows is in the address, so a search or a page can be bookmarked and shared.
 */
export function BoardList({ query }: { query: URLSearchParams }) {
  const s = useStrings(boardStrings);
  const { l, lang, k } = useI18n();
  const category = CATEGORIES.find((c) => c === query.get('category'));
  const q = query.get('q') ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const [text, setText] = useState(q);
  const [list, setList] = useState<PostList | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setText(q), [q]);
  useEffect(() => {
    const params = new URLSearchParams({ page: String(page), limit: String(PAGE_SIZE) });
    if (category) params.set('category', category);
    if (q) params.set('q', q);
    let live = true;
    void read<PostList>(`/api/board/posts?${params}`).then((r) => {
      if (!live) return;
      if (r.ok) {
        setList(r.value);
        setError(null);
      } else setError(l(r.message));
    });
    return () => {
      live = false;
    };
  }, [category, q, page, l]);

  const to = (change: { category?: Category | undefined; q?: string; page?: number }) => {
    const next = { category, q, page, ...change };
    return href('/board', {
      category: next.category,
      q: next.q || undefined,
      page: next.page && next.page > 1 ? String(next.page) : undefined,
    });
  };
  const title = category ? s[category] : s.boardTitle;
  const rows = list ? [...list.pinned, ...list.items.filter((i) => !list.pinned.some((p) => p.id === i.id))] : [];

  return (
    <Page title={title} lead={category ? undefined : s.boardLead} className="board">
      <nav aria-label={s.categories} className="board-tabs">
        <ul>
          {[undefined, ...CATEGORIES].map((c) => (
            <li key={c ?? 'all'}>
              <a href={to({ category: c, q: '', page: 1 })} aria-current={c === category ? 'page' : undefined}>
                {c ? s[c] : s.all}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <search>
        <form
          className="board-search"
          onSubmit={(e) => {
            e.preventDefault();
            navigate('/board', { category, q: text.trim() || undefined });
          }}
        >
          <TextField id="board-q" label={s.search} value={text} onChange={setText} maxLength={100} />
          <ButtonRow>
            <Button type="submit" variant="primary">
              {s.searchButton}
            </Button>
            {q && (
              <a className="button secondary" href={to({ q: '', page: 1 })}>
                {s.clearSearch}
              </a>
            )}
          </ButtonRow>
        </form>
      </search>
      {error && <Notice tone="warn">{error}</Notice>}
      {category === 'recruitment' && page === 1 && !q && <ClosingSoon />}
      {list && (
        <>
          {q && <p role="status">{fill(s.searchResult, { q, n: list.total })}</p>}
          <DataTable
            caption={list.pages > 1 ? `${title} · ${fill(s.pageOf, { n: list.page, m: list.pages })}` : title}
            className="board-table"
            rows={rows}
            rowKey={(r) => r.id}
            empty={q ? s.emptySearch : s.empty}
            columns={[
              {
                key: 'number',
                header: s.number,
                className: 'board-number',
                cell: (r) => (r.pinned && list.pinned.includes(r) ? <strong>{s.pinnedMark}</strong> : r.number),
              },
              { key: 'title', header: s.title, rowHeader: true, cell: (r) => <TitleCell row={r} /> },
              { key: 'author', header: s.author, cell: (r) => <Labelled label={s.author}>{k(r.authorName)}</Labelled> },
              {
                key: 'date',
                header: s.date,
                cell: (r) => <time dateTime={r.createdAt}>{shortDate(r.createdAt, lang)}</time>,
              },
              {
                key: 'views',
                header: s.views,
                className: 'board-views',
                cell: (r) => <Labelled label={s.views}>{r.views.toLocaleString()}</Labelled>,
              },
            ]}
          />
          {list.pages > 1 && <Pager page={list.page} pages={list.pages} to={(n) => to({ page: n })} />}
        </>
      )}
    </Page>
  );
}

/** On a phone the column headers are hidden, so the cell says what it is (screen readers have the header). */
function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <span className="board-cell-label" aria-hidden="true">
        {label}{' '}
      </span>
      {children}
    </>
  );
}

function TitleCell({ row }: { row: PostRow }) {
  const s = useStrings(boardStrings);
  const { k } = useI18n();
  return (
    <>
      <a href={href(`/board/${row.number}`)}>{k(row.title)}</a>
      {row.notice && (
        <>
          {' '}
          <Deadline notice={row.notice} />
        </>
      )}
      {row.attachments > 0 && (
        <span className="board-file-mark" role="img" aria-label={s.hasFile} title={s.hasFile}>
          {' '}
          📎
        </span>
      )}
    </>
  );
}

/** Previous, a window of page numbers, next: big enough to tap. */
function Pager({ page, pages, to }: { page: number; pages: number; to: (n: number) => string }) {
  const s = useStrings(boardStrings);
  const first = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, i) => first + i);
  // "1쪽" / "Page 1" is heard, "1" is seen: the name holds the visible number as written (WCAG 2.5.3,
  // label in name), which an aria-label "1쪽" did not, as "1" is not a word of it.
  const [before = '', after = ''] = s.pageN.split('{n}');
  const hidden = (text: string) => text && <span className="visually-hidden">{text}</span>;
  return (
    <nav aria-label={s.paging} className="board-pager">
      <ul>
        {page > 1 && (
          <li>
            <a href={to(page - 1)}>← {s.prev}</a>
          </li>
        )}
        {numbers.map((n) => (
          <li key={n}>
            <a href={to(n)} aria-current={n === page ? 'page' : undefined}>
              {hidden(before)}
              {n}
              {hidden(after)}
            </a>
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={to(page + 1)}>{s.next} →</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
