import type { StaffIdentity } from '../auth/sessions.ts';
import { fail } from '../http/error-codes.ts';

/**
 * Who may change a post already on the board: its writer, and an administrator; a post with no
 * writer on record (made before writers were kept) also the city. Any staff member had been able
 * to rewrite anyone's public post, which then still showed its first writer's name.
 */
export function mayEditPost(staff: StaffIdentity, authorId: string | null): boolean {
  if (staff.role === 'admin' || staff.id === authorId) return true;
  return authorId === null && staff.role === 'city';
}

export function requireMayEdit(staff: StaffIdentity, authorId: string | null): void {
  if (!mayEditPost(staff, authorId)) {
    throw fail('JIBSA_FORBIDDEN', {
      ko: '이 글은 쓴 사람이나 관리자만 고칠 수 있습니다. 고칠 내용이 있으면 글쓴이나 관리자에게 알려 주세요.',
      en: 'Only the writer of this post or an administrator may change it. Tell them what should change.',
    });
  }
}

/** Pinned posts sit on top of the public board: the center's administrators and the city choose them. */
export function requireMayPin(staff: StaffIdentity, pinned: boolean | undefined, wasPinned = false): void {
  if (pinned === undefined || pinned === wasPinned || staff.role === 'admin' || staff.role === 'city') return;
  throw fail('JIBSA_FORBIDDEN', {
    ko: '게시판 맨 위에 고정하는 일은 관리자와 시청 담당만 할 수 있습니다.',
    en: 'Only administrators and city staff pin posts to the top of the board.',
  });
}
