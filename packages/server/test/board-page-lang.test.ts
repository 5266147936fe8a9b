// A post's own page (/board/<번호>, printable) in the reader's language: the staff app links
// /board/<번호>?lang=en from the English board; the post's Korean stays, marked lang="ko".
import { describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from './support/app.ts';

/** The page's body with what is marked lang="ko" taken out: Hangul left there is read with English sounds. */
const unmarked = (html: string) =>
  (html.split('</head>')[1] ?? '')
    .replace(/<div lang="ko">[\s\S]*?<\/div>\n/g, '')
    .replace(/<span lang="ko">[^<]*<\/span>/g, '')
    .match(/[^<>]*[가-힣][^<>]*/g) ?? [];

describe("a post's own page in Korean or English", () => {
  const t = appPerBlock(makeTestApp);

  it('is in Korean by default and in English with ?lang=en, the notice facts too, every Korean passage marked', async () => {
    const list = await t.app.inject('/api/board/posts?category=recruitment&limit=1');
    const number = list.json().items[0].number as number;

    const ko = await t.app.inject(`/board/${number}`);
    expect(ko.body).toContain('<html lang="ko">');
    expect(ko.body).toContain('← 게시판 목록');
    expect(ko.body).toContain('<h2>공고 요약</h2><dl><dt>접수 기간</dt>');
    expect(ko.body).not.toContain('lang="en"');

    const en = await t.app.inject(`/board/${number}?lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('← Back to the board');
    expect(en.body).toContain('Recruitment notices · Written by <span lang="ko">');
    expect(en.body).toContain('<h2>Notice at a glance</h2><dl><dt>Application period</dt>');
    expect(en.body).toMatch(
      /<dt>Application period<\/dt><dd>(\d{4}\.\d\d\.\d\d ~ |until )\d{4}\.\d\d\.\d\d \([^)]+\)<\/dd>/,
    );
    expect(en.body).toMatch(/<dt>Documents to prepare<\/dt><dd><span lang="ko">[^<]+<\/span><\/dd>/);
    expect(en.body).toContain('<dt>Housing type</dt><dd>');
    expect(unmarked(ko.body).length).toBeGreaterThan(5);
    expect(unmarked(en.body)).toEqual([]);
    // The address shared and previewed stays the Korean one.
    expect(en.body).toContain(`<link rel="canonical" href="http://localhost:80/board/${number}">`);

    expect((await t.app.inject(`/board/${number}?lang=fr`)).statusCode).toBe(400);
  });

  it('answers a browser following a dead link with a page in words, and a program with problem+json', async () => {
    const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
    const ko = await t.app.inject({ url: '/board/999999', headers: browser });
    expect(ko.statusCode).toBe(404);
    expect(ko.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(ko.body).toContain('<h1>글을 찾을 수 없습니다</h1>');
    expect(ko.body).toContain('<a href="/#/board">← 게시판 목록</a>');
    const en = await t.app.inject({ url: '/board/999999?lang=en', headers: browser });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('<h1>Post not found</h1>');
    expect(unmarked(en.body)).toEqual([]);
    const api = await t.app.inject('/board/999999');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.json().detail).toBe('그 글이 없습니다.');
  });
});
