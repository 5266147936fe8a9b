import { useI18n } from '../i18n/index.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';

export function NotFound() {
  const { t } = useI18n();
  return (
    <div>
      <PageHeading title={t.notFoundTitle} />
      <p>{t.notFoundBody}</p>
      <p>
        <a className="button" href="#/">
          {t.navHome}
        </a>
      </p>
    </div>
  );
}
