import { createInterface } from 'node:readline';
import { todayIso } from '@jibsa/programs';
import { BatchScreener, type LineOutcome } from '@jibsa/programs/batch';
import { dateOptionOk } from './date-option.ts';
import type { Io } from './io.ts';

/**
 * Screens one household per line (NDJSON) on the batch path and writes one result per line, a
 * block at a time: a file of any length runs in constant memory. A bad line is reported in the output, with its line number
 * and every field's error, and the good lines are still screened; the exit code is then 1.
 */
export async function screenManyCommand(
  input: NodeJS.ReadableStream,
  opts: { date: string | undefined; lang: 'ko' | 'en' },
  io: Io,
): Promise<number> {
  if (!dateOptionOk(opts.date, io)) return 2;
  const date = opts.date ?? todayIso();
  const screener = new BatchScreener(date);
  let screened = 0;
  let bad = 0;
  let lineNo = 0;
  // Lines wait in a block so the batch path decides them together; the block bounds memory.
  let block: Array<{ line: number; household?: unknown; error?: string }> = [];
  const flush = () => {
    const parsed = block.filter((b) => b.error === undefined);
    const outcomes = screener.screen(parsed.map((b) => b.household));
    let k = 0;
    const text: string[] = [];
    for (const b of block) {
      if (b.error !== undefined) {
        bad++;
        const message = { ko: `JSON 형식이 아닙니다: ${b.error}`, en: `not valid JSON: ${b.error}` };
        text.push(JSON.stringify({ line: b.line, ok: false, errors: [{ path: '', message }] }));
        continue;
      }
      const out = outcomes[k++] as LineOutcome;
      if (!out.ok) {
        bad++;
        text.push(JSON.stringify({ line: b.line, ok: false, errors: out.errors }));
        continue;
      }
      screened++;
      text.push(
        JSON.stringify({ line: b.line, ok: true, date, rulesVersion: screener.rulesVersion, programs: out.programs }),
      );
    }
    if (text.length) io.stdout.write(`${text.join('\n')}\n`);
    block = [];
  };
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    const text = raw.trim();
    if (text === '') continue;
    try {
      block.push({ line: lineNo, household: JSON.parse(text) });
    } catch (error) {
      block.push({ line: lineNo, error: (error as Error).message });
    }
    if (block.length === BLOCK) flush();
  }
  flush();
  io.stderr.write(
    opts.lang === 'ko'
      ? `가구 ${screened}개를 선별했습니다. 잘못된 줄 ${bad}개는 결과에 오류로 적었습니다.\n`
      : `Screened ${screened} households; ${bad} bad lines are reported as errors in the output.\n`,
  );
  return bad > 0 ? 1 : 0;
}

/** Households decided together: large enough for the batch path, small enough to keep memory flat. */
const BLOCK = 4096;
