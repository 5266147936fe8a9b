import { defineStrings } from './define.ts';

/** The shared design components (shared/ui). */
export const ui = defineStrings(
  {
    errorSummary: '고칠 곳이 있습니다',
    close: '닫기',
  },
  {
    errorSummary: 'Please fix the following',
    close: 'Close',
  },
);
