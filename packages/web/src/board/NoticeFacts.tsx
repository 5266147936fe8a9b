import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { href } from '../app/router.ts';
import { fill, useI18n, useStrings } from '../i18n/index.tsx';
import { DataTable } from '../shared/ui/index.ts';
import { Deadline, dotted, money } from './Deadline.tsx';
import { boardStrings } from './strings.ts';
import type { Notice } from './types.ts';

const gu = (id: string) => GWANGJU_DISTRICTS.find((d) => d.id === id) ?? { ko: id, en: id };

/** A 모집공고's fields as a short list a person can act on: who, where, until when, what to bring, where to apply. */
export function NoticeFacts({ notice: n }: { notice: Notice }) {
  const s = useStrings(boardStrings);
  const { l, lang, k } = useI18n();
  const who = [
    // "만 65세 이상", not "만 65~세": one bound is said as one.
    ...(n.limits.minAge !== undefined && n.limits.maxAge !== undefined
      ? [fill(s.ageRange, { range: `${n.limits.minAge}~${n.limits.maxAge}` })]
      : n.limits.minAge !== undefined
        ? [fill(s.ageFrom, { age: n.limits.minAge })]
        : n.limits.maxAge !== undefined
          ? [fill(s.ageTo, { age: n.limits.maxAge })]
          : []),
    ...(n.limits.assetCap !== undefined ? [fill(s.assetCap, { amount: money(n.limits.assetCap, lang) })] : []),
    ...(n.limits.residence?.length
      ? [fill(s.residenceOnly, { where: n.limits.residence.map((d) => l(gu(d))).join(', ') })]
      : []),
  ];
  return (
    <section className="notice-facts" aria-labelledby="notice-facts">
      <h2 id="notice-facts">{s.noticeFacts}</h2>
      <dl>
        <dt>{s.period}</dt>
        <dd>
          {n.applicationStart
            ? `${dotted(n.applicationStart)} ~ ${dotted(n.applicationEnd)}`
            : fill(s.periodUntil, { end: dotted(n.applicationEnd) })}{' '}
          <Deadline notice={n} />
        </dd>
        <dt>{s.provider}</dt>
        <dd>{k(n.provider)}</dd>
        <dt>{s.housingType}</dt>
        <dd>{l(n.housingTypeLabel)}</dd>
        {(n.district || n.complex) && (
          <>
            <dt>{s.place}</dt>
            <dd>{k([n.district ? l(gu(n.district)) : '', n.complex ?? ''].filter(Boolean).join(' · '))}</dd>
          </>
        )}
        {who.length > 0 && (
          <>
            <dt>{s.who}</dt>
            <dd>
              <ul>
                {who.map((w) => (
                  <li key={w}>{k(w)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {n.priorityGroups.length > 0 && (
          <>
            <dt>{s.priority}</dt>
            <dd>{k(n.priorityGroups.join(', '))}</dd>
          </>
        )}
        {n.documents.length > 0 && (
          <>
            <dt>{s.documents}</dt>
            <dd>
              <ul>
                {n.documents.map((d) => (
                  <li key={d}>{k(d)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {n.units.length > 0 && (
        <DataTable
          caption={s.units}
          rows={n.units}
          rowKey={(u, i) => `${i}-${u.area}`}
          columns={[
            { key: 'area', header: s.area, rowHeader: true, cell: (u) => k(u.area) },
            { key: 'count', header: s.count, cell: (u) => u.count ?? '-' },
            { key: 'deposit', header: s.deposit, cell: (u) => (u.deposit != null ? money(u.deposit, lang) : '-') },
            { key: 'rent', header: s.rent, cell: (u) => (u.rent != null ? money(u.rent, lang) : '-') },
          ]}
        />
      )}
      {n.state !== 'closed' && (
        // A citizen who starts from the notice had no way to the check that says whether it fits them
        // (the result lists the open notices that do).
        <p className="notice-fit no-print">
          <a className="button" href={href('/check')}>
            {s.checkFit}
          </a>
          <br />
          <span className="hint">{s.checkFitHint}</span>
        </p>
      )}
      {n.url && (
        <p>
          <a href={n.url} target="_blank" rel="noopener noreferrer">
            {s.officialLink}
          </a>
          <br />
          <span className="hint">{s.officialHint}</span>
        </p>
      )}
    </section>
  );
}
