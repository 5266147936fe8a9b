import { markedReasons, screenHousehold } from '@jibsa/programs';
import { dateOptionOk } from './date-option.ts';
import type { Io } from './io.ts';
import { renderTable } from './text-table.ts';

const STATUS = {
  ko: { eligible: '받을 수 있음', unknown: '확인 필요', ineligible: '해당 없음' },
  en: { eligible: 'eligible', unknown: 'check', ineligible: 'not eligible' },
} as const;

export function screenCommand(
  text: string,
  opts: { date: string | undefined; json: boolean; lang: 'ko' | 'en' },
  io: Io,
): number {
  let household: unknown;
  try {
    household = JSON.parse(text);
  } catch (error) {
    io.stderr.write(`JSON 형식이 아닙니다 (not valid JSON): ${(error as Error).message}\n`);
    return 1;
  }
  if (!dateOptionOk(opts.date, io)) return 2;
  const outcome = screenHousehold(household, opts.date ? { date: opts.date } : {});
  if (!outcome.ok) {
    if (opts.json) io.stdout.write(`${JSON.stringify({ errors: outcome.errors }, null, 2)}\n`);
    for (const e of outcome.errors) io.stderr.write(`${e.path}: ${e.message[opts.lang]}\n`);
    return 1;
  }
  if (opts.json) {
    // The same body as POST /api/screen: `ok` only tells the two outcomes apart in code.
    const { ok: _ok, ...body } = outcome;
    io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  const won = (n: number | null) =>
    n === null ? '' : `${n.toLocaleString('ko-KR')}${opts.lang === 'ko' ? '원' : ' KRW'}`;
  const rows = outcome.programs.map((p) => [
    p.name[opts.lang],
    STATUS[opts.lang][p.status],
    won(p.amount),
    p.unavailable?.[opts.lang] ??
      [...markedReasons(p), ...(p.figuresNote ? [p.figuresNote] : [])].map((r) => r[opts.lang]).join(' / '),
  ]);
  const header =
    opts.lang === 'ko' ? ['제도', '결과', '금액(월)', '이유'] : ['Program', 'Result', 'Amount/month', 'Why'];
  const asOf =
    opts.lang === 'ko'
      ? `기준일 ${outcome.date} · 규칙 버전 ${outcome.rulesVersion}`
      : `As of ${outcome.date} · rules version ${outcome.rulesVersion}`;
  io.stdout.write(`${asOf}\n\n${renderTable(header, rows)}\n`);
  const next = outcome.nextQuestions.slice(0, 5).map((q) => q.label[opts.lang]);
  if (next.length) {
    io.stdout.write(
      `\n${opts.lang === 'ko' ? '더 알려 주시면 정확해집니다' : 'Answer these to be sure'}: ${next.join(', ')}\n`,
    );
  }
  return 0;
}
