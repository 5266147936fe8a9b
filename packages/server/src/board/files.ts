import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';

/** What a board attachment may be: checked by its bytes, not by its name or the browser's word. */
const ALLOWED: Record<string, { label: string; ext: string[] }> = {
  'application/pdf': { label: 'PDF', ext: ['pdf'] },
  'image/png': { label: 'PNG', ext: ['png'] },
  'image/jpeg': { label: 'JPEG', ext: ['jpg', 'jpeg'] },
  'application/x-cfb': { label: '한글(HWP)', ext: ['hwp'] },
  'application/zip': { label: 'HWPX', ext: ['hwpx'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word', ext: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'Excel', ext: ['xlsx'] },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { label: 'PowerPoint', ext: ['pptx'] },
  'text/plain': { label: '텍스트', ext: ['txt', 'csv'] },
};

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const ALLOWED_KINDS = [...new Set(Object.values(ALLOWED).map((a) => a.label))].join(', ');

export type SniffResult = { ok: true; mediaType: string; filename: string } | { ok: false; ko: string; en: string };

/** A file name safe to show and to send back: no path, no control characters, at most 120 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .trim()
    .slice(-120);
  return cleaned || 'file';
}

/**
 * Decides what a file is from its first bytes and refuses a disguise: a script named .pdf, an
 * executable named .hwp, an HTML page named .txt.
 */
export async function sniffAttachment(filename: string, bytes: Buffer): Promise<SniffResult> {
  const name = cleanFilename(filename);
  const ext = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  const detected = await fileTypeFromBuffer(bytes);
  let mediaType = detected?.mime as string | undefined;
  if (!detected && isPlainText(bytes)) mediaType = 'text/plain';
  const allowed = mediaType ? ALLOWED[mediaType] : undefined;
  if (!mediaType || !allowed) {
    return {
      ok: false,
      ko: `올릴 수 없는 종류의 파일입니다. 올릴 수 있는 파일: ${ALLOWED_KINDS}.`,
      en: `This kind of file cannot be attached. Allowed: ${ALLOWED_KINDS}.`,
    };
  }
  if (!allowed.ext.includes(ext)) {
    return {
      ok: false,
      ko: `파일 이름(.${ext || '없음'})과 실제 내용(${allowed.label})이 다릅니다.`,
      en: `The file name (.${ext || 'none'}) does not match its content (${allowed.label}).`,
    };
  }
  return { ok: true, mediaType, filename: name };
}

/** UTF-8 text with no NUL and no markup a browser could run if it ever sniffed it as HTML. */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  const text = bytes.toString('utf8');
  if (text.includes('\ufffd')) return false;
  return !/<\s*(script|html|svg|iframe|body)/i.test(text.slice(0, 4096));
}

/** Files live under the data folder, named by a random key: a file name never becomes a path. */
export async function storeFile(dataDir: string, bytes: Buffer): Promise<{ key: string; sha256: string }> {
  const dir = path.join(dataDir, 'files');
  await fs.mkdir(dir, { recursive: true });
  const key = randomUUID();
  await fs.writeFile(path.join(dir, key), bytes, { flag: 'wx' });
  return { key, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function storedPath(dataDir: string, key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
  return path.join(dataDir, 'files', key);
}
