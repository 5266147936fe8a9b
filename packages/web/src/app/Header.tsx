import { useI18n } from '../i18n/index.tsx';
import { areaFor } from './areas.ts';
import type { Route } from './router.ts';
import { TEXT_SIZES, type TextSize } from './settings.ts';

interface Props {
  route: Route;
  textSize: TextSize;
  setTextSize: (s: TextSize) => void;
}

export function Header({ route, textSize, setTextSize }: Props) {
  const { t, lang, setLang } = useI18n();
  const sizeLabel: Record<TextSize, string> = { normal: t.textNormal, large: t.textLarge, xlarge: t.textXLarge };
  const nav = [
    { path: '/', label: t.navHome, current: route.path === '/' },
    {
      path: '/check',
      label: t.navCheck,
      current: areaFor(route.path)?.name === 'self-check',
    },
    { path: '/programs', label: t.navPrograms, current: areaFor(route.path)?.name === 'catalog' },
  ];
  return (
    <header className="site-header no-print">
      <div className="header-top">
        <a className="brand" href="#/">
          <span aria-hidden="true" className="brand-mark">
            ⌂
          </span>{' '}
          <span className="brand-name">{t.appShortName}</span>
          <span className="brand-tagline"> · {t.appTagline}</span>
        </a>
        <div className="settings">
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'ko' ? 'en' : 'ko'}
            onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}
          >
            {t.langSwitch}
          </button>
          {/* biome-ignore lint/a11y/useSemanticElements: a toolbar of toggle buttons, not a form field set */}
          <div className="text-size" role="group" aria-label={t.textSize}>
            <span aria-hidden="true" className="text-size-label">
              {t.textSize}
            </span>
            {TEXT_SIZES.map((s) => (
              <button
                key={s}
                type="button"
                aria-pressed={textSize === s}
                className="size-button"
                onClick={() => setTextSize(s)}
              >
                {/* The sample letter in the page's language: "가" told an English reader on a phone nothing. */}
                <span className={`size-glyph size-glyph-${s}`} aria-hidden="true">
                  {lang === 'ko' ? '가' : 'A'}
                </span>
                <span className="size-name">
                  {textSize === s && <span aria-hidden="true">✓ </span>}
                  {sizeLabel[s]}
                </span>
              </button>
            ))}
          </div>
        </div>
      </div>
      <nav aria-label={t.mainNav}>
        <ul className="nav-list">
          {nav.map((n) => (
            <li key={n.path}>
              <a className="nav-link" href={`#${n.path}`} aria-current={n.current ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
