import type { Label } from '@jibsa/rules';

export type FileKind = { kind: 'csv' } | { kind: 'xlsx' } | { kind: 'refused'; message: Label };

const starts = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/**
 * What an uploaded file is, from its first bytes (never from its name): a zip is taken as XLSX
 * (the XLSX reader says if it is not), text as CSV, and everything else is refused with what it
 * seems to be and what to do instead.
 */
export function sniffFile(head: Uint8Array): FileKind {
  if (head.length === 0) return refuse('빈 파일입니다. 내용이 있는 파일을 올려 주세요.', 'The file is empty.');
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'xlsx' };
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    return refuse(
      '옛 엑셀(.xls)이나 한글(.hwp) 파일은 읽을 수 없습니다. 엑셀에서 "다른 이름으로 저장"으로 .xlsx 또는 CSV로 저장해 올려 주세요.',
      'Old Excel (.xls) or HWP files cannot be read. Save the list as .xlsx or CSV and upload that.',
    );
  }
  if (starts(head, [0x25, 0x50, 0x44, 0x46])) {
    return refuse(
      'PDF 파일은 읽을 수 없습니다. 엑셀(.xlsx)이나 CSV 파일을 올려 주세요.',
      'PDF files cannot be read. Upload .xlsx or CSV.',
    );
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && looksBinary(head)) {
    return refuse(
      '글자로 된 파일이 아닙니다 (그림이나 프로그램 파일 같습니다). 엑셀(.xlsx)이나 CSV 파일을 올려 주세요.',
      'This is not a text file (it looks like an image or program). Upload .xlsx or CSV.',
    );
  }
  return { kind: 'csv' };
}

/** Text never holds NUL, and holds few control characters other than tab, CR and LF. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > head.length / 100;
}

function refuse(ko: string, en: string): FileKind {
  return { kind: 'refused', message: { ko, en } };
}
