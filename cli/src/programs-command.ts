import { catalog, entryPartialYears, entryYears } from '@jibsa/programs';
import type { Io } from './io.ts';
import { renderTable } from './text-table.ts';

/** Years as ranges: [2019, 2020, 2021, 2024] → "2019–2021, 2024". */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; i++) {
    const start = years[i] as number;
    let end = start;
    while (years[i + 1] === end + 1) end = years[++i] as number;
    parts.push(start === end ? `${start}` : `${start}–${end}`);
  }
  return parts.join(', ');
}

function yearsText(
  r: { years: readonly number[]; partialYears: readonly number[]; startedOn: string | null },
  lang: 'ko' | 'en',
): string {
  const notes = [
    ...(r.startedOn ? [lang === 'ko' ? `${r.startedOn} 시작` : `from ${r.startedOn}`] : []),
    ...(r.partialYears.length
      ? [lang === 'ko' ? `일부 빠짐: ${yearRanges(r.partialYears)}` : `partial: ${yearRanges(r.partialYears)}`]
      : []),
  ];
  const ranges = yearRanges(r.years) || (lang === 'ko' ? '없음' : 'none');
  return notes.length ? `${ranges} (${notes.join('; ')})` : ranges;
}

export function programsCommand(opts: { json: boolean; lang: 'ko' | 'en' }, io: Io): number {
  const thisYear = new Date().getUTCFullYear();
  const rows = catalog.map((e) => ({
    id: e.id,
    name: e.metadata.name[opts.lang],
    agency: e.metadata.apply.agency[opts.lang],
    years: entryYears(e, thisYear),
    partialYears: entryPartialYears(e, thisYear),
    startedOn: e.metadata.startedOn?.date ?? null,
    screenable: Boolean(e.program),
  }));
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const none = opts.lang === 'ko' ? '(안내만)' : '(info only)';
  const header = opts.lang === 'ko' ? ['ID', '제도', '기준 연도', '기관'] : ['ID', 'Program', 'Years', 'Agency'];
  io.stdout.write(
    `${renderTable(
      header,
      rows.map((r) => [r.id, r.name, r.screenable ? yearsText(r, opts.lang) : none, r.agency]),
    )}\n`,
  );
  return 0;
}
