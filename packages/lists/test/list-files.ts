import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { encode, type TextEncoding } from '../src/encoding.ts';
import type { SourceRow } from '../src/list-error.ts';

/** Lists for tests, made by code: fictional households, in the encodings and formats offices use. */
export function tempDir(): { dir: string; file(name: string, content: Buffer | string): string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-outreach-'));
  return {
    dir,
    file(name, content) {
      const p = path.join(dir, name);
      fs.writeFileSync(p, content);
      return p;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export function csvText(rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const csvBytes = (rows: readonly (readonly string[])[], encoding: TextEncoding) =>
  encode(csvText(rows), encoding);

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);

/**
 * A minimal XLSX as Excel writes one: shared strings for text, numbers as numbers, and cells given
 * as `{ date: 'YYYY-MM-DD' }` stored as day numbers with a date style, the way Excel keeps dates.
 */
export async function xlsxBytes(rows: readonly (readonly (string | number | { date: string })[])[]): Promise<Buffer> {
  const strings: string[] = [];
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v === 'object') {
            const serial = (Date.parse(`${v.date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
            return `<c r="${ref}" s="1"><v>${serial}</v></c>`;
          }
          strings.push(v);
          return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="명단" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet xmlns="${ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;년&quot; m&quot;월&quot; d&quot;일&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="${ns}" count="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(parts)) zip.addBuffer(Buffer.from(text, 'utf8'), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file upload as a browser's form sends it (one part, "file"). */
export function multipart(filename: string, bytes: Buffer) {
  const boundary = '----jibsa-outreach-boundary';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T };
}

/** Money cells as lists write them, readable and not. */
const MONEY = [
  '',
  '0',
  '1,200,000',
  '120만',
  '120만원',
  '1억 2천만원',
  '삼십만원',
  '-5000',
  ' 300000 ',
  '없음',
  '모름',
  '12.5만',
  '1,2,3',
  '9999999999999999',
  '₩50000',
  '50000원',
  '3천만',
  '0,',
  '007',
  '120,만',
  '5만 원',
  '1000000000만',
];
/** Cells by column, good and bad as lists hold them. */
const CELLS: Record<string, readonly string[]> = {
  성명: ['김가상', '', ' 이가상 ', '"박"가상', '=SUM(A1)'],
  주소: [
    '광주광역시 북구 가상로 1',
    '광주광역시 광산구',
    '서울특별시 강남구 1',
    '광주 서구 2',
    '경기도',
    '부산광역시 해운대구',
    '경상남도 창원시 의창구',
    '광주광역시 강남구',
    '모름',
    '',
    '어딘가 123',
    '- - 가',
    '대구광역시 군위군',
    '광주광역시',
  ],
  구: ['북구', '광산구', '', '강남구', '관외', '서구'],
  시도: ['광주', '서울', '', '화성', '경기도'],
  생년월일: [
    '1948.5.1',
    '19480501',
    '1948-05-01',
    '2030-01-01',
    '1948.13.45',
    '',
    '480501-1',
    '모름',
    '2026.3.1',
    '1926.3.2',
  ],
  나이: ['77', '72세', '만 72세', '200', '', 'abc', '78'],
  가구원수: ['1', '2', '3명', '25', '0', '', '20', '넷'],
  점유형태: ['월세', '전세', '자가', '무상', '보증부 월세', '기숙사', ''],
  주거유형: ['쪽방', '고시원', '아파트', '', '궁전'],
  보증금: MONEY,
  월세: MONEY,
  소득: MONEY,
  연금: MONEY,
  금융재산: MONEY,
  자동차: MONEY,
  부채: MONEY,
  장애: ['예', 'O', '아니오', 'X', '', '모름', '글쎄'],
  생계급여: ['수급', '비수급', '', 'Y', '?'],
  차상위: ['1', '0', '', '아마'],
  비고: ['아무 말', '', '1,000'],
  연락처: ['010-1234-5678', '', '01012345678', '+82 10 1234 5678', '전화 없음', '123'],
  교육급여: ['수급', '', '비수급', '몰라'],
};

/** Random rows (2 % broken, 3 % short) over a random subset of CELLS' columns in random order. */
export function randomList(seed: number, rowsPerList = 300) {
  const r = random(seed);
  const headers = Object.keys(CELLS).filter(() => r.next() < 0.6);
  if (headers.length === 0) headers.push('월세');
  headers.sort(() => r.next() - 0.5);
  const rows: SourceRow[] = [];
  for (let i = 0; i < rowsPerList; i++) {
    if (r.next() < 0.02) rows.push({ row: i + 2, broken: { ko: '따옴표', en: 'quotes' } });
    // Most cells are the first few (good) ones, as in real lists; the rest show up now and then.
    const cells = headers.map((h) => {
      const options = CELLS[h] as readonly string[];
      return r.next() < 0.7 ? (options[Math.floor(r.next() * 3)] as string) : r.pick(options);
    });
    rows.push({ row: i + 2, cells: r.next() < 0.03 ? cells.slice(0, 2) : cells });
  }
  return { headers, rows };
}
