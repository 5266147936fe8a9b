import { Suspense, useLayoutEffect } from 'react';
import { areaFor } from './app/areas.ts';
import { Header } from './app/Header.tsx';
import { Home } from './app/Home.tsx';
import { NotFound } from './app/NotFound.tsx';
import { href, useRoute } from './app/router.ts';
import { useLang, useTextSize } from './app/settings.ts';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { AnswersProvider } from './self-check/answers-store.tsx';
import { LoadFailure } from './shared/ui/LoadFailure.tsx';

export function App() {
  const [lang, setLang] = useLang();
  return (
    <I18nProvider lang={lang} setLang={setLang}>
      <AnswersProvider>
        <Shell />
      </AnswersProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const route = useRoute();
  const [textSize, setTextSize] = useTextSize();

  // A new screen starts at the top (its heading takes focus: see PageHeading). A layout effect, so
  // it runs before the heading's focus effect, which may then scroll the heading into view.
  const step = route.path === '/check' ? route.query.get('q') : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every screen change
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [route.path, step]);

  const area = areaFor(route.path);
  const Area = area?.Page;
  const page = route.path === '/' ? <Home /> : Area ? <Area route={route} /> : <NotFound />;

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link; the handler only keeps the route in the address */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.skipToMain}
      </a>
      <Header route={route} textSize={textSize} setTextSize={setTextSize} />
      {/* Staff screens are mostly tables: at the citizen's reading width a 구 name broke over two lines. */}
      <main id="main" tabIndex={-1} className={route.path.startsWith('/staff') ? 'wide' : undefined}>
        <LoadFailure key={area?.name ?? route.path}>
          <Suspense fallback={<p className="loading">{t.loading}</p>}>{page}</Suspense>
        </LoadFailure>
      </main>
      <footer className="site-footer no-print">
        {/* Staff screens hold records on the server: the citizen's "stays on this device" is not true there. */}
        <p>{route.path.startsWith('/staff') ? t.footerStaff : t.footer}</p>
        {/* Staff had to know the address: the public pages now lead there, quietly, at the bottom. */}
        {!route.path.startsWith('/staff') && (
          <p>
            {/* The header has no room left at 360 px: the board (모집공고) is led to from every page here. */}
            <a href={href('/board')}>{t.footerBoardLink}</a>
            {' · '}
            <a href={href('/staff')}>{t.footerStaffLink}</a>
          </p>
        )}
      </footer>
    </>
  );
}

function skipToMain(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
