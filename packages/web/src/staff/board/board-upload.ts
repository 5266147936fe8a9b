import { fill } from '../../i18n/index.tsx';
import { api } from '../shell/api.ts';

/**
 * Attaches files to a saved post, one request each, so a refused file never loses the post.
 * Answers the messages for the files the server refused ("" when all went in).
 */
export async function uploadFiles(
  postNumber: number,
  files: readonly File[],
  refusedTemplate: string,
  l: (x: { ko: string; en: string }) => string,
): Promise<string[]> {
  const refused: string[] = [];
  for (const file of files) {
    const form = new FormData();
    form.append('file', file, file.name);
    const up = await api('POST', `/api/board/posts/${postNumber}/attachments`, form);
    if (!up.ok) refused.push(fill(refusedTemplate, { name: file.name, why: l(up.problem.detail) }));
  }
  return refused;
}
