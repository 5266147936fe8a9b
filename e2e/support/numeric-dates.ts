import type { Page } from 'playwright-core';

/**
 * Days written as numbers on an English staff screen ("2026-12-10", "07/12/2026"): English screens
 * write a day one way, "10 Dec 2026" (centerDay, shortDate, centerTime), so a reader never has to
 * guess which number is the month. Form fields hold their values, not text, so they are not read.
 */
export const numericDates = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const root = document.querySelector('.staff') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const el = n.parentElement;
      if (!el || el.getClientRects().length === 0) continue;
      const found = text.match(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/);
      if (found) out.push(`${el.tagName.toLowerCase()}: ${text.trim().slice(0, 60)}`);
    }
    return [...new Set(out)];
  });
