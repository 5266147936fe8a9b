import { AGENCIES, agenciesOf, canonicalProgramId, catalog, todayIso } from '@jibsa/programs';
import { catalogTexts } from '@jibsa/programs/catalog-texts';
import { href, navigate } from '../app/router.ts';
import { fill, useI18n, useStrings } from '../i18n/index.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';
import { distinct, filterCatalog } from './catalog-search.ts';
import { audienceLabels, catalogStrings, helpTypeLabels } from './strings.ts';

const KEYS = ['q', 'audience', 'help', 'agency', 'ids'] as const;

/** Browse and search every program; filters live in the address so the back button and links keep them. */
export function Catalog({ query }: { query: URLSearchParams }) {
  const { l, k } = useI18n();
  const s = useStrings(catalogStrings);
  const get = (k: (typeof KEYS)[number]) => query.get(k) ?? '';
  // Links shared before the ids were renamed still list their programs.
  const ids = get('ids').split(',').filter(Boolean).map(canonicalProgramId);
  const filter = { q: get('q'), audience: get('audience'), helpType: get('help'), agency: get('agency'), ids };
  const today = todayIso();
  const list = filterCatalog(catalog, filter, today);
  const setParam = (k: (typeof KEYS)[number], v: string) => {
    const next: Record<string, string> = {};
    for (const key of KEYS) next[key] = get(key);
    next[k] = v;
    navigate('/programs', next, { replace: true });
  };
  const label = (m: Readonly<Record<string, { ko: string; en: string }>>, code: string) =>
    m[code] ? l(m[code]) : code;
  const audiences = distinct(catalog.flatMap((e) => e.metadata.audience));
  const helpTypes = distinct(catalog.map((e) => e.metadata.helpType));
  // One name per agency (AGENCIES), not the programs' free-text agency lines.
  const agencies = distinct(catalog.flatMap((e) => agenciesOf(e.id)));

  return (
    <div className="catalog">
      <PageHeading title={ids.length ? s.sharedTitle : s.catalogTitle} />
      <p className="lead">{ids.length ? s.sharedLead : s.catalogLead}</p>
      {ids.length > 0 && (
        <p>
          <a href="#/programs">{s.showAll}</a>
        </p>
      )}
      <search className="catalog-filters no-print">
        <div className="field">
          <label htmlFor="catalog-q">{s.search}</label>
          <input id="catalog-q" type="search" value={filter.q} onChange={(e) => setParam('q', e.target.value)} />
        </div>
        <fieldset>
          <legend>{s.filters}</legend>
          <div className="filter-row">
            <Select
              id="f-audience"
              label={s.filterAudience}
              value={filter.audience}
              all={s.all}
              onChange={(v) => setParam('audience', v)}
              options={audiences.map((a) => ({ value: a, label: label(audienceLabels, a) }))}
            />
            <Select
              id="f-help"
              label={s.filterHelp}
              value={filter.helpType}
              all={s.all}
              onChange={(v) => setParam('help', v)}
              options={helpTypes.map((h) => ({ value: h, label: label(helpTypeLabels, h) }))}
            />
            <Select
              id="f-agency"
              label={s.filterAgency}
              value={filter.agency}
              all={s.all}
              onChange={(v) => setParam('agency', v)}
              options={agencies.map((a) => ({ value: a, label: l(AGENCIES[a]) }))}
            />
          </div>
        </fieldset>
      </search>
      <p role="status" className="count">
        {fill(s.count, { n: list.length })}
      </p>
      {list.length === 0 ? (
        <p>{s.noMatch}</p>
      ) : (
        <ul className="catalog-list">
          {list.map((e) => {
            const texts = catalogTexts(e, today);
            const why = texts.informationOnly;
            return (
              <li key={e.id} className="catalog-item" data-program-id={e.id}>
                <h2>
                  <a href={href(`/programs/${e.id}`)}>{k(e.metadata.name)}</a>
                </h2>
                <p>{k(texts.summary)}</p>
                <ul className="tags">
                  <li className="tag tag-help">{label(helpTypeLabels, e.metadata.helpType)}</li>
                  {e.metadata.audience.map((a) => (
                    <li key={a} className="tag">
                      {label(audienceLabels, a)}
                    </li>
                  ))}
                  {!e.program && <li className="tag tag-info">{s.infoOnly}</li>}
                </ul>
                {why && (
                  <p className="info-only-why">
                    <strong>{s.infoOnlyWhy}: </strong>
                    {k(why)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  all: string;
  options: { value: string; label: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
