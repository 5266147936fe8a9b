import { useEffect, useState } from 'react';
import { navigate } from '../app/router.ts';
import { useI18n, useStrings } from '../i18n/index.tsx';
import { Button, DataTable, Notice, Page } from '../shared/ui/index.ts';
import { api } from './api.ts';
import { DISTRICT_LABEL, RESULT_LABEL, staffStrings } from './strings.ts';
import type { CaseDetail, Consultation } from './types.ts';

/** 상담신청함: new requests of the counselor's district; one action turns a request into a case. */
export function Inbox() {
  const s = useStrings(staffStrings);
  const { l, lang } = useI18n();
  const [items, setItems] = useState<Consultation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api<{ items: Consultation[] }>(
      'GET',
      `/api/consultations?status=new&reason=${encodeURIComponent('상담신청함 확인')}`,
    ).then((r) => (r.ok ? setItems(r.value.items) : setError(l(r.problem.detail))));
  }, [l]);
  const makeCase = async (c: Consultation) => {
    const r = await api<CaseDetail>('POST', '/api/cases', {
      consultationId: c.id,
      consent: { collection: true, sharing: false },
    });
    if (r.ok) navigate(`/staff/cases/${r.value.id}`);
    else setError(l(r.problem.detail));
  };
  return (
    <Page title={s.inboxTitle} lead={s.inboxLead}>
      {error && <Notice tone="warn">{error}</Notice>}
      {items && (
        <DataTable
          caption={s.inboxTitle}
          rows={items}
          rowKey={(c) => c.id}
          empty={s.inboxEmpty}
          columns={[
            { key: 'name', header: s.name, rowHeader: true, cell: (c) => c.name },
            { key: 'phone', header: s.phone, cell: (c) => c.phone },
            {
              key: 'district',
              header: s.district,
              cell: (c) => (c.district ? l(DISTRICT_LABEL[c.district] ?? { ko: c.district, en: c.district }) : '-'),
            },
            { key: 'message', header: s.message, cell: (c) => c.message ?? '' },
            {
              key: 'screening',
              header: s.selfCheck,
              cell: (c) =>
                c.screening
                  ? c.screening.programs
                      .filter((p) => p.status === 'eligible')
                      .map((p) => p.name)
                      .join(', ') || RESULT_LABEL[lang].ineligible
                  : '-',
            },
            {
              key: 'at',
              header: s.received,
              cell: (c) => new Date(c.createdAt).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB'),
            },
            {
              key: 'act',
              header: s.makeCase,
              cell: (c) => (
                <Button small variant="primary" onClick={() => makeCase(c)} aria-label={`${s.makeCase}: ${c.name}`}>
                  {s.makeCase}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}
