import { useI18n } from '../../i18n/index.tsx';

/**
 * A repeated button's words with what it acts on, for its accessible name ("수정: 광주 집수리
 * 협동조합"): the words are shown, the whole name is heard. In place of an aria-label, whose text
 * cannot carry lang="ko" for a Korean name on the English page (WCAG 3.1.2). The name is one hidden
 * span, not shown words plus a hidden part, which browsers join with a space ("수정 : …").
 */
export function NamedAction({ action, name }: { action: string; name: string }) {
  const { k } = useI18n();
  return (
    <>
      <span aria-hidden="true">{action}</span>
      <span className="visually-hidden">
        {action}: {k(name)}
      </span>
    </>
  );
}
