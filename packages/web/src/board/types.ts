/** What the board API answers (packages/server/src/board/schemas.ts). */
export type Category = 'news' | 'notice' | 'recruitment' | 'library';
export const CATEGORIES: readonly Category[] = ['news', 'notice', 'recruitment', 'library'];

export interface PostRow {
  id: string;
  number: number;
  category: Category;
  title: string;
  authorName: string;
  createdAt: string;
  views: number;
  attachments: number;
  pinned: boolean;
  /** A 모집공고's state as of today (접수 중, 마감 …); null for other posts (absent from older servers). */
  notice?: Pick<Notice, 'state' | 'daysLeft' | 'applicationStart'> | null;
  /** Only for signed-in staff: whether they may change it (its writer or an administrator). */
  mayEdit?: boolean;
}

export interface PostList {
  items: PostRow[];
  pinned: PostRow[];
  total: number;
  page: number;
  pages: number;
}

export interface Attachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  downloads: number;
  url: string;
}

export interface PostDetail extends PostRow {
  bodyHtml: string;
  bodyMarkdown: string;
  updatedAt: string;
  version: number;
  edits: number;
  attachmentList: Attachment[];
  permalink: string;
  notice: Notice | null;
}

/** An earlier version of a post, as staff see it; an administrator may have removed its text. */
export interface Revision {
  version: number;
  title: string | null;
  bodyMarkdown: string | null;
  editedBy: string;
  editedAt: string;
  removed: { at: string; by: string; reason: string } | null;
}

export type NoticeState = 'upcoming' | 'open' | 'closing' | 'closed';

/** A 모집공고's fields (packages/server/src/notices/schemas.ts). */
export interface Notice {
  id: string;
  postNumber: number;
  title: string;
  provider: string;
  housingType: string;
  housingTypeLabel: { ko: string; en: string };
  complex: string | null;
  district: string | null;
  units: { area: string; count?: number | null; deposit?: number | null; rent?: number | null }[];
  applicationStart: string | null;
  applicationEnd: string;
  priorityGroups: string[];
  programIds: string[];
  limits: { minAge?: number; maxAge?: number; assetCap?: number; residence?: string[] };
  documents: string[];
  url: string | null;
  state: NoticeState;
  daysLeft: number;
  permalink: string;
  version: number;
}

export interface Fit {
  fit: 'yes' | 'maybe' | 'no';
  reasons: { ko: string; en: string }[];
  missing: { ko: string; en: string }[];
}
