import type { ProgramMetadata } from '@jibsa/programs';
import { fill, useI18n } from '../../i18n/index.tsx';

const KIND_ICON = { visit: '🏢', online: '🌐', phone: '☎' } as const;
const KIND_NAME = { visit: 'channelVisit', online: 'channelOnline', phone: 'channelPhone' } as const;

/** Where and how to apply: the agency, then each channel with its link or tel: link. */
export function ApplyInfo({ apply }: { apply: ProgramMetadata['apply'] }) {
  const { t, k } = useI18n();
  return (
    <div className="apply">
      <p className="agency">{k(apply.agency)}</p>
      <ul className="channels">
        {apply.channels.map((c) => (
          <li key={`${c.kind}-${c.label.ko}`}>
            <span aria-hidden="true">{KIND_ICON[c.kind] ?? '•'} </span>
            <span className="visually-hidden">{t[KIND_NAME[c.kind]]}: </span>
            {c.url ? (
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {k(c.label)}
              </a>
            ) : (
              k(c.label)
            )}
            {c.phone && (
              <>
                {' · '}
                <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{fill(t.call, { phone: c.phone })}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
