import { lazy, Suspense, useEffect } from 'react';
import { Header } from './app/Header.tsx';
import { Home } from './app/Home.tsx';
import { NotFound } from './app/NotFound.tsx';
import { useRoute } from './app/router.ts';
import { useLang, useTextSize } from './app/settings.ts';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { AnswersProvider } from './self-check/answers-store.tsx';

/** The self-check (questions, answers, result, consultation) and the catalog load on demand. */
const CheckRoutes = lazy(() => import('./self-check/CheckRoutes.tsx'));
const CatalogRoutes = lazy(() => import('./catalog/CatalogRoutes.tsx'));

const CHECK_PATHS = new Set(['/check', '/check/answers', '/result', '/consult']);

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

  // A new screen starts at the top (its heading takes focus: see PageHeading).
  const step = route.path === '/check' ? route.query.get('q') : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every screen change
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.path, step]);

  let page: React.ReactNode;
  if (route.path === '/') page = <Home />;
  else if (CHECK_PATHS.has(route.path)) page = <CheckRoutes route={route} />;
  else if (route.path === '/programs' || route.path.startsWith('/programs/')) page = <CatalogRoutes route={route} />;
  else page = <NotFound />;

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link; the handler only keeps the route in the address */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.skipToMain}
      </a>
      <Header route={route} textSize={textSize} setTextSize={setTextSize} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t.loading}</p>}>{page}</Suspense>
      </main>
      <footer className="site-footer no-print">
        <p>{t.footer}</p>
      </footer>
    </>
  );
}

function skipToMain(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
