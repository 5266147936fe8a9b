import { PageHeading } from '../shared/ui/PageHeading.tsx';
import { useI18n } from '../i18n/index.tsx';

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
