import { useI18n } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import type { CaseDetail } from '../shell/types.ts';

/** A case's counseling notes, each with its writer and when (the center's clock). */
export function CaseNotesList({ notes }: { notes: CaseDetail['notes'] }) {
  const { lang, k } = useI18n();
  return (
    <ul className="notes">
      {notes.map((n) => (
        <li key={n.id}>
          <p className="message-body">{k(n.body)}</p>
          <p className="hint">
            {k(n.authorName ?? '')} · {centerTime(n.createdAt, lang)}
          </p>
        </li>
      ))}
    </ul>
  );
}
