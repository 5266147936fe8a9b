import { createInterface } from 'node:readline';
import { screenHousehold, todayIso } from '@jibsa/programs';
import { dateOptionOk } from './date-option.ts';
import type { Io } from './main.ts';

/**
 * Screens one household per line (NDJSON) and writes one result per line, as it reads: a file of
 * any length runs in constant memory. A bad line is reported in the output, with its line number
 * and every field's error, and the good lines are still screened; the exit code is then 1.
 */
export async function screenManyCommand(
  input: NodeJS.ReadableStream,
  opts: { date: string | undefined; lang: 'ko' | 'en' },
  io: Io,
): Promise<number> {
  if (!dateOptionOk(opts.date, io)) return 2;
  const date = opts.date ?? todayIso();
  let screened = 0;
  let bad = 0;
  let lineNo = 0;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    const text = raw.trim();
    if (text === '') continue;
    let household: unknown;
    try {
      household = JSON.parse(text);
    } catch (error) {
      bad++;
      const message = {
        ko: `JSON 형식이 아닙니다: ${(error as Error).message}`,
        en: `not valid JSON: ${(error as Error).message}`,
      };
      io.stdout.write(`${JSON.stringify({ line: lineNo, ok: false, errors: [{ path: '', message }] })}\n`);
      continue;
    }
    const out = screenHousehold(household, { date });
    if (!out.ok) {
      bad++;
      io.stdout.write(`${JSON.stringify({ line: lineNo, ok: false, errors: out.errors })}\n`);
      continue;
    }
    screened++;
    const programs = out.programs.map((p) => ({
      id: p.id,
      status: p.status,
      amount: p.amount,
      ...(p.unavailableParameter ? { unavailableParameter: p.unavailableParameter } : {}),
    }));
    io.stdout.write(`${JSON.stringify({ line: lineNo, ok: true, date, rulesVersion: out.rulesVersion, programs })}\n`);
  }
  io.stderr.write(
    opts.lang === 'ko'
      ? `가구 ${screened}개를 선별했습니다. 잘못된 줄 ${bad}개는 결과에 오류로 적었습니다.\n`
      : `Screened ${screened} households; ${bad} bad lines are reported as errors in the output.\n`,
  );
  return bad > 0 ? 1 : 0;
}
