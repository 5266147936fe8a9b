import type { Page } from 'playwright-core';

/**
 * Visible text with Hangul under `root` whose nearest lang attribute is not "ko", and accessible
 * names given by aria-label that hold Hangul (an attribute cannot mark a part lang="ko"): on the
 * English page each is a Korean passage read with English sounds (WCAG 3.1.2 Language of Parts).
 */
export const unmarkedKorean = (page: Page, root = 'main') =>
  page.evaluate((sel) => {
    const out: string[] = [];
    const top = document.querySelector(sel) ?? document.body;
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!/[가-힣]/.test(text)) continue;
      const el = n.parentElement;
      if (!el || el.closest('[hidden], .visually-hidden') || el.getClientRects().length === 0) continue;
      if (el.closest('[lang]')?.getAttribute('lang') !== 'ko') out.push(text.trim().slice(0, 40));
    }
    for (const el of Array.from(top.querySelectorAll('[aria-label]'))) {
      const label = el.getAttribute('aria-label') ?? '';
      if (/[가-힣]/.test(label) && el.closest('[lang]')?.getAttribute('lang') !== 'ko')
        out.push(`[aria-label] ${label}`);
    }
    return [...new Set(out)];
  }, root);
