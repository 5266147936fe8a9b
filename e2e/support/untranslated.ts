import type { Page } from 'playwright-core';

/**
 * Hangul in the staff screens' own words (headings, labels, legends, buttons, links, table
 * headers, paragraphs, hints, notices) on the English page. Data is Korean and stays so: a name, an address
 * or a post sits in a table cell or a list, or, inside such words, under translate="no"; a Korean
 * term given on purpose is marked lang="ko". What is left is a string that was not translated.
 */
export const untranslated = (page: Page) =>
  page.evaluate(() => {
    const chrome =
      'h1, h2, h3, h4, legend, label, th, caption, button, a, summary, option, p, dt, .hint, .notice, .error-summary, nav';
    const out: string[] = [];
    const root = document.querySelector('.staff') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // An option cannot hold a lang="ko" span: there a Korean gloss in brackets after the English
      // name ("Purchased rental housing (매입임대)") is the marking.
      const raw = n.textContent ?? '';
      const text = el?.tagName === 'OPTION' ? raw.replace(/\s*\([^)]*\)/g, '') : raw;
      if (!/[가-힣ㄱ-ㅎ]/.test(text)) continue;
      if (!el || el.closest('[translate="no"], td, [lang="ko"], .visually-hidden')) continue;
      if (el.tagName !== 'OPTION' && el.getClientRects().length === 0) continue;
      if (el.closest(chrome)) out.push(text.trim().slice(0, 50));
    }
    return [...new Set(out)];
  });
