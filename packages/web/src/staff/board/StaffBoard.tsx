import { useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { boardStrings } from '../../board/strings.ts';
import type { PostList } from '../../board/types.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { shortDate } from '../../shared/ui/center-time.ts';
import { ButtonLink, ButtonRow, DataTable, NamedAction, Notice, Page } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { boardStaffStrings } from './board-strings.ts';
import { noticeStrings } from './notice-strings.ts';

/** Staff's way into the board: the newest posts with an edit link each, and "새 글 쓰기". */
export function StaffBoard() {
  const s = useStrings(boardStaffStrings);
  const b = useStrings(boardStrings);
  const n = useStrings(noticeStrings);
  const { l, lang, k } = useI18n();
  const [list, setList] = useState<PostList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api<PostList>('GET', '/api/board/posts?limit=50').then((r) =>
      r.ok ? setList(r.value) : setError(l(r.problem.detail)),
    );
  }, [l]);
  return (
    <Page title={s.listTitle} lead={s.listLead}>
      <ButtonRow>
        <ButtonLink href={href('/staff/board/new')} variant="primary">
          {s.newPost}
        </ButtonLink>
        <ButtonLink href={href('/staff/board/notice')}>{n.writeNotice}</ButtonLink>
        <ButtonLink href={href('/staff/board/import')}>{n.importNotices}</ButtonLink>
      </ButtonRow>
      {error && <Notice tone="warn">{error}</Notice>}
      {list && (
        <DataTable
          caption={s.listTitle}
          rows={list.items}
          rowKey={(p) => p.id}
          empty={b.empty}
          columns={[
            { key: 'number', header: b.number, cell: (p) => p.number },
            {
              key: 'title',
              header: b.title,
              rowHeader: true,
              cell: (p) => (
                <a href={href(`/board/${p.number}`)} translate="no">
                  {k(p.title)}
                </a>
              ),
            },
            { key: 'category', header: s.category, cell: (p) => b[p.category] },
            { key: 'date', header: b.date, cell: (p) => shortDate(p.createdAt, lang) },
            {
              key: 'edit',
              header: s.edit,
              // Offered on the posts this staff member may change (the server refuses the others).
              cell: (p) =>
                p.mayEdit ? (
                  <a href={href(`/staff/board/${p.number}`)}>
                    <NamedAction action={s.edit} name={p.title} />
                  </a>
                ) : (
                  s.notYours
                ),
            },
          ]}
        />
      )}
    </Page>
  );
}
