import { entryPartialYears, entryYears, findProgram, todayIso } from '@jibsa/programs';
import { aboutOf, type CatalogTexts, catalogTexts } from '@jibsa/programs/catalog-texts';
import { fill, useI18n, useStrings } from '../i18n/index.tsx';
import { PlainWords } from '../shared/plain-words/PlainWords.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';
import { programFigures } from './parameter-rows.ts';
import { ApplyInfo } from './parts/ApplyInfo.tsx';
import { Figures } from './parts/Figures.tsx';
import { catalogStrings } from './strings.ts';

/** "2024–2026" for consecutive years, "2019, 2021" otherwise. */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    const next = years[i + 1];
    if (next !== y + 1) {
      parts.push(start === y ? String(y) : `${start}–${y}`);
      start = next;
    }
  }
  return parts.join(', ');
}

/** One program in plain words, with the years its figures cover and every figure with its source. */
export function ProgramPage({ id }: { id: string }) {
  const { t, l, k, lang } = useI18n();
  const s = useStrings(catalogStrings);
  const entry = findProgram(id);
  if (!entry) {
    return (
      <div>
        <PageHeading title={s.notFound} />
        <p>
          <a href="#/programs">{s.backToCatalog}</a>
        </p>
      </div>
    );
  }
  const m = entry.metadata;
  const today = todayIso();
  const years = entryYears(entry, Number(today.slice(0, 4)));
  const partial = entryPartialYears(entry, Number(today.slice(0, 4)));
  const figures = entry.program ? programFigures(entry.program, today) : [];
  // The texts name their figures; shown with today's, like the figures table.
  const texts = catalogTexts(entry, today);
  const { legalBasis, links } = aboutOf(entry);
  return (
    <article className="program-page" data-program-id={id}>
      <p className="no-print">
        <a href="#/programs">
          <span aria-hidden="true">← </span>
          {s.backToCatalog}
        </a>
      </p>
      <PageHeading title={l(m.name)}>{k(m.name)}</PageHeading>
      <p className="lead">{k(texts.summary)}</p>
      {texts.informationOnly && (
        <p className="notice info-only-why">
          <strong>{s.infoOnlyWhy}: </strong>
          {k(texts.informationOnly)}
        </p>
      )}
      {!m.verified && (
        <p className="notice">
          <span aria-hidden="true">⚠ </span>
          {s.textsUnverified}
        </p>
      )}
      <section>
        <h2>{s.whoQualifies}</h2>
        <ul>
          {texts.whoQualifies[lang].map((w) => (
            <li key={w}>{k(w)}</li>
          ))}
        </ul>
      </section>
      <PlainWords korean={koreanOf(texts)} program={entry.program} date={today} />
      <section>
        <h2>{t.whatYouGet}</h2>
        <p>{k(texts.whatYouGet)}</p>
      </section>
      <section>
        <h2>{t.documents}</h2>
        <ul>
          {m.documents[lang].map((d) => (
            <li key={d}>{k(d)}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t.howToApply}</h2>
        <ApplyInfo apply={m.apply} />
      </section>
      <section>
        <h2>{s.legalBasis}</h2>
        <LinkList links={legalBasis} />
        {links.length > 0 && (
          <>
            <h3>{s.links}</h3>
            <LinkList links={links} />
          </>
        )}
      </section>
      <section>
        <h2>{s.yearsCovered}</h2>
        <p className="years">{years.length ? fill(s.yearsList, { years: yearRanges(years) }) : s.yearsNone}</p>
        {partial.length > 0 && <p>{fill(s.partialYears, { years: yearRanges(partial) })}</p>}
        {m.startedOn && <p>{fill(s.startedOn, { date: m.startedOn.date })}</p>}
      </section>
      {figures.length > 0 && (
        <section>
          <h2>{s.parameters}</h2>
          <p>{s.parametersLead}</p>
          {/* About a hundred rows on some programs: folded, but in the page (find-in-page opens it). */}
          <details className="figures-fold">
            <summary>{fill(s.parametersOpen, { n: figures.length })}</summary>
            <Figures rows={figures} caption={`${l(m.name)} — ${s.parameters}`} />
          </details>
        </section>
      )}
      {entry.program && (
        <p className="no-print">
          <a className="button primary" href="#/check">
            {s.checkMine}
          </a>
        </p>
      )}
    </article>
  );
}

function LinkList({ links }: { links: readonly { title: string; url: string }[] }) {
  const { k } = useI18n();
  return (
    <ul>
      {links.map((x) => (
        <li key={x.url + x.title}>
          <a href={x.url} target="_blank" rel="noopener noreferrer">
            {k(x.title)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The page's texts as written in Korean: where the hard words it explains are looked for. */
const koreanOf = (texts: CatalogTexts) => [texts.summary.ko, texts.whatYouGet.ko, ...texts.whoQualifies.ko];
