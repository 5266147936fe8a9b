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
}

export interface Revision {
  version: number;
  title: string;
  bodyMarkdown: string;
  editedBy: string;
  editedAt: string;
}
