import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fail, invalid } from '../http/error-codes.ts';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The file's own first bytes decide its type, never its name or the declared type. */
const SIGNATURES: { mediaType: string; label: string; ext: readonly string[]; magic: number[] }[] = [
  { mediaType: 'application/pdf', label: 'PDF', ext: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', label: 'PNG', ext: ['png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', label: 'JPEG', ext: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
];

export interface StoredDocument {
  storageKey: string;
  /** The name given, with the extension its content calls for when it had none. */
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

const folder = (dataDir: string) => path.join(dataDir, 'documents');

/**
 * A name whose extension says something else than the content (a PDF named a.png) is refused, as
 * the board refuses it: the download would open in the wrong program, or hide what it is. A
 * name with no extension gets the content's own.
 */
function nameFor(filename: string, signature: (typeof SIGNATURES)[number]): string {
  const dot = filename.lastIndexOf('.');
  const ext = dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
  if (ext === '') return `${filename}.${signature.ext[0]}`;
  if (signature.ext.includes(ext)) return filename;
  throw invalid([
    {
      path: 'filename',
      ko: `파일 이름(.${ext})과 실제 내용(${signature.label})이 다릅니다. 파일 이름을 확인해 주세요.`,
      en: `the file name (.${ext}) does not match its content (${signature.label}). Please check the file.`,
    },
  ]);
}

/** Decodes, checks size, content and name, and writes the file under the data folder with a name of our own. */
export async function storeDocument(dataDir: string, base64: string, filename: string): Promise<StoredDocument> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) {
    throw invalid([{ path: 'contentBase64', ko: '빈 파일입니다.', en: 'the file is empty.' }]);
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw fail('JIBSA_TOO_LARGE', {
      ko: '파일은 5MB까지 올릴 수 있습니다.',
      en: 'Files may be at most 5 MB.',
      errors: [
        {
          path: 'contentBase64',
          code: 'maxSize',
          detail: 'contentBase64: 5MB 이하',
          detail_en: 'contentBase64: at most 5 MB',
        },
      ],
    });
  }
  const signature = SIGNATURES.find((x) => x.magic.every((b, i) => bytes[i] === b));
  if (!signature) {
    throw fail('JIBSA_MEDIA_TYPE', {
      ko: 'PDF, PNG, JPEG 파일만 올릴 수 있습니다.',
      en: 'Only PDF, PNG and JPEG files can be uploaded.',
      errors: [
        {
          path: 'contentBase64',
          code: 'mediaType',
          detail: 'contentBase64: 파일 내용이 PDF, PNG, JPEG가 아닙니다.',
          detail_en: 'contentBase64: the content is not PDF, PNG or JPEG.',
        },
      ],
    });
  }
  const name = nameFor(filename, signature);
  const storageKey = randomUUID();
  await fs.mkdir(folder(dataDir), { recursive: true, mode: 0o700 });
  await fs.writeFile(path.join(folder(dataDir), storageKey), bytes, { mode: 0o600, flag: 'wx' });
  return {
    storageKey,
    filename: name,
    mediaType: signature.mediaType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

export async function readDocument(dataDir: string, storageKey: string): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new Error('bad storage key');
  return fs.readFile(path.join(folder(dataDir), storageKey));
}
