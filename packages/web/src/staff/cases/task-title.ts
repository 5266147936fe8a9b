/**
 * A task's title in the reader's language: the English one the system wrote for a task it added
 * (after a referral's answer), else the title as it was typed (a person's own task is in their words).
 */
export function taskTitle(task: { readonly title: string; readonly titleEn?: unknown }, lang: 'ko' | 'en'): string {
  return lang === 'en' && typeof task.titleEn === 'string' && task.titleEn !== '' ? task.titleEn : task.title;
}
