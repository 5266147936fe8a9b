import fs from 'node:fs';

/** Column names as a 구 office's list has them; each is one the outreach import (and the CLI) maps by itself. */
export const LIST_HEADERS = [
  '관리번호',
  '주소',
  '생년월일',
  '가구원수',
  '점유형태',
  '보증금',
  '월세',
  '소득',
  '금융재산',
  '자동차',
];

const DISTRICTS = ['동구', '서구', '남구', '북구', '광산구'];
const TENURES = ['월세', '전세', '자가', '무상'];

/**
 * Writes a list of fictional households as CSV (UTF-8, Excel's BOM): deterministic from the seed,
 * money written the ways lists write it ("1,200,000", "120만원"), streamed so a million rows do not
 * sit in memory. Returns the file's size in bytes.
 */
export async function writeHouseholdListCsv(file: string, rows: number, seed = 7): Promise<number> {
  let s = seed >>> 0;
  const rand = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const out = fs.createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(`\uFEFF${LIST_HEADERS.join(',')}\r\n`);
  let chunk: string[] = [];
  for (let i = 1; i <= rows; i++) {
    const year = 1935 + Math.floor(rand() * 70);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const tenure = pick(TENURES);
    const rent = tenure === '월세' ? `${10 + Math.floor(rand() * 60)}만원` : '0';
    const deposit = tenure === '자가' ? '0' : `"${(Math.floor(rand() * 300) * 100_000).toLocaleString('en-US')}"`;
    const income = `"${(Math.floor(rand() * 40) * 50_000).toLocaleString('en-US')}"`;
    chunk.push(
      [
        `A-${String(i).padStart(7, '0')}`,
        `광주광역시 ${pick(DISTRICTS)} 가상로 ${1 + Math.floor(rand() * 300)}`,
        `${year}.${month}.${day}`,
        String(1 + Math.floor(rand() * 4)),
        tenure,
        deposit,
        rent,
        income,
        `${Math.floor(rand() * 2000)}만`,
        rand() < 0.8 ? '0' : `${Math.floor(rand() * 1500)}만원`,
      ].join(','),
    );
    if (chunk.length === 10_000) {
      await write(`${chunk.join('\r\n')}\r\n`);
      chunk = [];
    }
  }
  if (chunk.length) await write(`${chunk.join('\r\n')}\r\n`);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return fs.statSync(file).size;
}
