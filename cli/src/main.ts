import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Io } from './io.ts';
import { programsCommand } from './programs-command.ts';
import { screenCommand } from './screen-command.ts';
import { screenManyCommand } from './screen-many-command.ts';
import { SCREEN_SQL_USAGE, screenSqlCommand } from './screen-sql-command.ts';

export type { Io } from './io.ts';

const USAGE = `집사 Jibsa — 주거복지 제도 선별 (housing-welfare screening)

사용법 (usage):
  jibsa screen <household.json | -> [--date YYYY-MM-DD] [--json] [--lang ko|en]
  jibsa screen-many [--in FILE] [--out FILE] [--from F] [--to F] [--errors FILE]
                    [--mapping FILE.json] [--explain] [--date YYYY-MM-DD] [--lang ko|en]
      가구 목록 선별 (screen a list of households): NDJSON, CSV (UTF-8·CP949·UTF-16), XLSX.
      --in/--out 이 없으면 표준 입력/출력 (stdin/stdout when omitted); 형식은 확장자나
      --from/--to (ndjson|csv|xlsx) 로 정합니다. 열 이름은 집중 발굴 목록 올리기와 같습니다
      (columns are read by the same names as the outreach upload: docs/cli.md).
      잘못된 행은 행 번호·열·이유와 함께 표준 오류나 --errors 파일에 (bad rows: stderr or --errors);
      종료 코드 1. 이유 설명은 --explain 일 때만 (reasons only with --explain, slower).
  jibsa programs [--json] [--lang ko|en]
${SCREEN_SQL_USAGE}

household.json 형식은 /api/docs 의 Household 스키마를 보세요 (see the Household schema at /api/docs).
`;

/** Returns the exit code: 0 done, 1 the input was wrong, 2 the command was wrong. */
export async function main(argv: string[], io: Io): Promise<number> {
  // Its own options (--db, --into …), parsed by the command itself.
  if (argv[0] === 'screen-sql') return screenSqlCommand(argv.slice(1), io);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' ? 'en' : 'ko';
  const [command, file] = positionals;
  if (values.help || !command) {
    io.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === 'programs') return programsCommand({ json: Boolean(values.json), lang }, io);
  if (command === 'screen') {
    if (!file) {
      io.stderr.write(`가구 파일을 지정해 주세요 (give a household file, or - for standard input).\n\n${USAGE}`);
      return 2;
    }
    let text: string;
    try {
      text = file === '-' ? await readAll(io.stdin) : fs.readFileSync(file, 'utf8');
    } catch (error) {
      io.stderr.write(`파일을 읽을 수 없습니다 (cannot read file): ${(error as Error).message}\n`);
      return 1;
    }
    return screenCommand(text, { date: values.date, json: Boolean(values.json), lang }, io);
  }
  if (command === 'screen-many') {
    return screenManyCommand(
      {
        in: values.in ?? file,
        out: values.out,
        from: values.from,
        to: values.to,
        errors: values.errors,
        mapping: values.mapping,
        explain: Boolean(values.explain),
        date: values.date,
        lang,
      },
      io,
    );
  }
  io.stderr.write(`알 수 없는 명령입니다 (unknown command): ${command}\n\n${USAGE}`);
  return 2;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      in: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      errors: { type: 'string' },
      mapping: { type: 'string' },
      explain: { type: 'boolean' },
    },
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}
