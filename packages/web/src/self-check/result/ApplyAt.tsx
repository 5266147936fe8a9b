import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { useI18n } from '../../i18n/index.tsx';
import { type DirectoryService, hoursText } from '../../shared/directory/service.ts';

/**
 * "Where to apply" on a program card: the Gwangju services that deliver this program in the
 * household's 구 (from the directory the admin keeps), with phone, hours and what to bring.
 */
export function ApplyAt({ services, district }: { services: readonly DirectoryService[]; district?: string }) {
  const { t, k, lang } = useI18n();
  if (services.length === 0) return null;
  const area = (s: DirectoryService) =>
    GWANGJU_DISTRICTS.filter((d) => s.districts.includes(d.id))
      .map((d) => d[lang])
      .join(', ');
  return (
    <section className="apply-at">
      <h4>{t.applyAt}</h4>
      <p>{district ? t.applyAtLead : t.applyAtAnyDistrict}</p>
      {services.some((s) => s.fictionalContacts) && <p className="notice">{t.applyAtFictional}</p>}
      <ul className="plain-list apply-at-list">
        {services.map((s) => (
          <li key={s.id} data-service={s.slug}>
            <p className="apply-at-name">
              <strong>{k(s.agencyName)}</strong> · {k(s.name)}
            </p>
            <dl>
              {!district && (
                <>
                  <dt>{t.applyAtArea}</dt>
                  <dd>{area(s)}</dd>
                </>
              )}
              {s.contactPhone && (
                <>
                  <dt>{t.applyAtPhone}</dt>
                  <dd>
                    <a href={`tel:${s.contactPhone.replace(/[^0-9+]/g, '')}`}>{s.contactPhone}</a>
                    {/* k gives an element on the English page (Korean marked lang="ko"): never inside a template string. */}
                    {s.contactName ? <> ({k(s.contactName)})</> : null}
                  </dd>
                </>
              )}
              {s.hours.length > 0 && (
                <>
                  <dt>{t.applyAtHours}</dt>
                  <dd>
                    {hoursText(s.hours, lang)}
                    {s.hoursNote ? <> · {k(s.hoursNote)}</> : null}
                  </dd>
                </>
              )}
              {s.documents.length > 0 && (
                <>
                  <dt>{t.applyAtDocs}</dt>
                  <dd>{k(s.documents.join(', '))}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
