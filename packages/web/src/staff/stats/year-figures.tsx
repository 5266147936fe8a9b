import { todayIso } from '@jibsa/programs';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { Notice, SelectField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';

/** Years a figures page offers: this one and the five before it. */
const YEARS = 6;

/**
 * A year's figures from a counts endpoint (`path?year=`): the year chosen (this year at first),
 * its select, and the figures or the server's problem in words. The 주거상향 and 센터 현황 pages
 * are both read this way.
 */
export function useYearFigures<T>(path: string, selectId: string, label: string) {
  const { l } = useI18n();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [figures, setFigures] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api<T>('GET', `${path}?year=${year}`).then((r) => {
      setFigures(r.ok ? r.value : null);
      setError(r.ok ? null : l(r.problem.detail));
    });
  }, [path, year, l]);
  const controls = (
    <>
      <SelectField
        id={selectId}
        label={label}
        value={year}
        options={Array.from({ length: YEARS }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))}
        onChange={setYear}
      />
      {error && <Notice tone="warn">{error}</Notice>}
    </>
  );
  return { figures, controls };
}
