import { useI18n } from '../i18n/index.tsx';
import { useAnswers } from '../self-check/answers-store.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';

export function Home() {
  const { t } = useI18n();
  const { answers } = useAnswers();
  const started = answers.asked.length > 0;
  return (
    <div className="home">
      <PageHeading title={t.homeTitle} />
      <p className="lead">{t.homeLead}</p>
      <div className="big-actions">
        <a className="big-action primary" href="#/check">
          <span className="big-action-title">
            <span aria-hidden="true">✎ </span>
            {started ? t.resumeCheck : t.startCheck}
          </span>
          <span className="big-action-hint">{t.startCheckHint}</span>
        </a>
        <a className="big-action" href="#/programs">
          <span className="big-action-title">
            <span aria-hidden="true">☰ </span>
            {t.browsePrograms}
          </span>
          <span className="big-action-hint">{t.browseProgramsHint}</span>
        </a>
        <a className="big-action" href="#/board">
          <span className="big-action-title">
            <span aria-hidden="true">✉ </span>
            {t.browseBoard}
          </span>
          <span className="big-action-hint">{t.browseBoardHint}</span>
        </a>
      </div>
      <ul className="home-points">
        {t.homePoints.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
