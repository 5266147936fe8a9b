import { catalog, nextYearlyFiguresOn } from '@jibsa/programs';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { Button, Notice } from '../../shared/ui/index.ts';
import { outreachStrings } from './outreach-strings.ts';

/**
 * A list screened before next year's figures start (in Jibsa from the summer's 고시 to 1 January):
 * the offer to screen it again as of that day, to find the households the new 기준 중위소득 and
 * 기준임대료 bring in before they apply.
 */
export function NewFiguresAhead({ date, onScreen }: { date: string; onScreen: (on: string) => void }) {
  const s = useStrings(outreachStrings);
  const { lang } = useI18n();
  const on = nextYearlyFiguresOn(catalog, date);
  if (on === undefined) return null;
  return (
    <Notice tone="info">
      <p>{fill(s.newFiguresAhead, { date: centerDay(on, lang) })}</p>
      <Button onClick={() => onScreen(on)}>{fill(s.newFiguresScreen, { date: on })}</Button>
    </Notice>
  );
}
