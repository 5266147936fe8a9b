import { useEffect, useRef, useState } from 'react';
import { navigate } from '../../app/router.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import { Button, ButtonRow, DataTable, labelFor, NamedAction, Notice, Page } from '../../shared/ui/index.ts';
import { type Duplicate, DuplicateList } from '../cases/DuplicateList.tsx';
import { intakeStrings } from '../cases/intake-strings.ts';
import { api } from '../shell/api.ts';
import { phoneText } from '../shell/phone.ts';
import { DISTRICT_LABEL, staffStrings } from '../shell/strings.ts';
import type { CaseDetail, Consultation } from '../shell/types.ts';
import { selfCheckSummary } from './self-check-summary.ts';

/**
 * 상담신청함: new requests of the counselor's district. One action turns a request into a case; when
 * a case already has the same phone number, the counselor first chooses: link the request to it, or
 * make a new case anyway.
 */
export function Inbox() {
  const s = useStrings(staffStrings);
  const i = useStrings(intakeStrings);
  const { l, lang, k } = useI18n();
  const [items, setItems] = useState<Consultation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<{ request: Consultation; duplicates: Duplicate[] } | null>(null);
  const choiceHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void api<{ items: Consultation[] }>(
      'GET',
      `/api/consultations?status=new&reason=${encodeURIComponent('상담신청함 확인')}`,
    ).then((r) => (r.ok ? setItems(r.value.items) : setError(l(r.problem.detail))));
  }, [l]);
  useEffect(() => {
    if (choosing) choiceHeading.current?.focus();
  }, [choosing]);
  const opened = (r: Awaited<ReturnType<typeof api<CaseDetail>>>) => {
    if (r.ok) navigate(`/staff/cases/${r.value.id}`);
    else setError(l(r.problem.detail));
  };
  const create = async (c: Consultation) =>
    opened(
      await api<CaseDetail>('POST', '/api/cases', {
        consultationId: c.id,
        consent: { collection: true, sharing: false },
      }),
    );
  const makeCase = async (c: Consultation) => {
    const found = await api<{ items: Duplicate[] }>(
      'GET',
      `/api/cases/duplicates?phone=${encodeURIComponent(c.phone)}`,
    );
    if (!found.ok) return setError(l(found.problem.detail));
    if (found.value.items.length === 0) return create(c);
    setChoosing({ request: c, duplicates: found.value.items });
  };
  const link = async (d: Duplicate) => {
    if (choosing)
      opened(await api<CaseDetail>('POST', `/api/cases/${d.caseId}/links`, { consultationId: choosing.request.id }));
  };
  return (
    <Page title={s.inboxTitle} lead={s.inboxLead}>
      {error && <Notice tone="warn">{error}</Notice>}
      {choosing && (
        <section aria-labelledby="h-inbox-duplicates" className="notice notice-info">
          <h2 id="h-inbox-duplicates" ref={choiceHeading} tabIndex={-1}>
            {i.inboxDuplicatesTitle}: {k(choosing.request.name)}
          </h2>
          <p>{i.inboxDuplicatesLead}</p>
          <DuplicateList items={choosing.duplicates} onLink={link} />
          <ButtonRow>
            <Button onClick={() => create(choosing.request)}>{i.createAnyway}</Button>
            <Button onClick={() => setChoosing(null)}>{i.cancel}</Button>
          </ButtonRow>
        </section>
      )}
      {items && (
        <DataTable
          caption={s.inboxTitle}
          rows={items}
          rowKey={(c) => c.id}
          empty={s.inboxEmpty}
          columns={[
            { key: 'name', header: s.name, rowHeader: true, cell: (c) => k(c.name) },
            // The number the person was told to quote on the phone.
            {
              key: 'reference',
              header: s.reference,
              className: 'keep-whole',
              cell: (c) => <span translate="no">{c.reference}</span>,
            },
            {
              key: 'phone',
              header: s.phone,
              // Said with the number: it is how to call, and nobody should start in Korean and lose them.
              cell: (c) => (
                <>
                  {phoneText(c.phone)}
                  {c.language === 'en' && (
                    <>
                      <br />
                      <strong className="contact-language">{s.englishPreferred}</strong>
                    </>
                  )}
                </>
              ),
            },
            { key: 'when', header: s.preferredTime, cell: (c) => k(c.preferredTime ?? '-') },
            {
              key: 'district',
              header: s.district,
              cell: (c) => (c.district ? labelFor(DISTRICT_LABEL, c.district, l) : '-'),
            },
            { key: 'message', header: s.message, cell: (c) => k(c.message ?? '') },
            {
              key: 'screening',
              header: s.selfCheck,
              cell: (c) => (c.screening ? k(selfCheckSummary(c.screening.programs, l, lang)) : '-'),
            },
            {
              key: 'at',
              header: s.received,
              cell: (c) => centerTime(c.createdAt, lang),
            },
            {
              key: 'act',
              header: s.makeCase,
              cell: (c) => (
                <Button small variant="primary" onClick={() => makeCase(c)}>
                  <NamedAction action={s.makeCase} name={c.name} />
                </Button>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}
