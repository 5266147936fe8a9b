// Every route (walked from app.routeList, so a new one is covered without editing this file)
// gets random and hostile input: only 2xx or 4xx problem+json may come back, never a 5xx, and
// /healthz stays quick all along.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from '../support/app.ts';
import { loginPerBlock } from '../support/staff.ts';

const hostileStrings = [
  '\u0000',
  'a\ud800b',
  '\udfff',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '%E0%A4%A',
  'x'.repeat(5000),
  '{{7*7}}',
  '../../etc/passwd',
  // Numbers that are not finite once read ("1e9999" became Infinity and slipped past a maximum).
  '1e9999',
  '-1e9999',
  'NaN',
  'Infinity',
];
// A lone surrogate cannot be %-encoded as UTF-8: send the bytes of one instead (CESU-8 style).
const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};
const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });
const hostileBodies: unknown[] = [
  null,
  [],
  'text',
  42,
  { __proto__: { admin: true } },
  { constructor: { prototype: { x: 1 } } },
  nested(40),
  { members: Array.from({ length: 2000 }, () => ({ age: 5 })) },
  { household: { members: [{ age: '\u0000' }] } },
  { name: 123, phone: [], consent: 'yes' },
  { username: ['admin'], password: { $ne: null } },
];

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.constantFrom(...hostileStrings),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 6 }),
  ),
})).value;

describe('fuzzing every route', () => {
  const t = appPerBlock(makeTestApp);
  const staff = loginPerBlock(t, 'admin');
  // A session of its own: the route fuzzing above also calls log-out with `staff`'s.
  const uploader = loginPerBlock(t, 'admin');

  it('answers only 2xx or 4xx problem+json, and /healthz stays under 100 ms', async () => {
    const routes = t.app.routeList.filter((r) => !r.url.startsWith('/api/docs') && r.url !== '/*');
    expect(routes.length).toBeGreaterThanOrEqual(9);
    const statuses = new Map<number, number>();
    const healthTimes: number[] = [];
    const check = async (method: string, url: string, payload: unknown, asStaff: boolean, raw = false) => {
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        ...(method === 'GET'
          ? {}
          : raw
            ? { payload: String(payload), headers: { 'content-type': 'application/json' } }
            : { payload: payload as object }),
        ...(asStaff ? { cookies: staff.cookies, headers: { ...staff.csrf } } : {}),
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      expect(res.statusCode, `${method} ${url} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
      if (res.statusCode >= 400) expect(res.headers['content-type'], `${method} ${url}`).toMatch(/problem\+json/);
      const started = performance.now();
      expect((await t.app.inject('/healthz')).statusCode).toBe(200);
      healthTimes.push(performance.now() - started);
    };
    const fill = (url: string, value: string) => url.replace(/:\w+/g, enc(value));
    // Each route's own query parameters (from its OpenAPI entry), besides the common ones.
    const spec = (await t.app.inject('/api/docs/json')).json() as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    const queryOf = (method: string, url: string) =>
      (spec.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()]?.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => p.name);
    const askedFor = new Set<string>();
    for (const route of routes) {
      for (const asStaff of [false, true]) {
        for (const body of hostileBodies) await check(route.method, fill(route.url, 'x'), body, asStaff);
        const names = [...new Set(['reason', 'limit', 'cursor', ...queryOf(route.method, route.url)])];
        for (const n of names) askedFor.add(n);
        for (const s of hostileStrings) {
          const query = names.map((n) => `${n}=${enc(s)}`).join('&');
          await check(route.method, `${fill(route.url, s)}?${query}`, { reason: s }, asStaff);
        }
        await check(route.method, fill(route.url, 'x'), '{"a":', asStaff, true);
        await check(route.method, fill(route.url, 'x'), `${'['.repeat(5000)}${']'.repeat(5000)}`, asStaff, true);
      }
      await fc.assert(
        fc.asyncProperty(jsonValue, fc.boolean(), async (body, asStaff) => {
          await check(route.method, fill(route.url, 'x'), body, asStaff);
        }),
        { numRuns: 40, seed: 15 },
      );
    }
    // The routes' own query parameters were asked for (the stats routes' year among them).
    expect(askedFor).toContain('year');
    // Not vacuous: both accepted and refused requests were seen.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    // Responsive throughout: 95 % of the /healthz checks between hostile requests under 100 ms
    // (one garbage-collection pause on a loaded machine is not a stall).
    healthTimes.sort((a, b) => a - b);
    expect(healthTimes.length).toBeGreaterThan(100);
    expect(healthTimes[Math.floor(healthTimes.length * 0.95)]).toBeLessThan(100);
  }, 120_000);

  it('refuses a file upload that is not well-formed multipart with 400 problem+json, on both upload routes', async () => {
    const posts = (await t.app.inject({ url: '/api/board/posts', cookies: uploader.cookies })).json();
    const post = (posts.items as { number: number }[])[0]?.number;
    const part = (b: string) =>
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n성명,구\r\n`;
    const malformed: [string, string][] = [
      ['multipart/form-data', `${part('B')}--B--\r\n`], // no boundary named
      ['multipart/form-data; boundary=other', `${part('B')}--B--\r\n`], // not the boundary used
      ['multipart/form-data; boundary=B', part('B')], // cut short: no closing boundary
      [`multipart/form-data; boundary=${'b'.repeat(300)}`, `${part('b'.repeat(300))}--${'b'.repeat(300)}--\r\n`],
    ];
    for (const url of ['/api/outreach/lists', `/api/board/posts/${post}/attachments`]) {
      for (const [type, payload] of malformed) {
        const res = await t.app.inject({
          method: 'POST',
          url,
          payload,
          cookies: uploader.cookies,
          headers: { ...uploader.csrf, 'content-type': type },
        });
        expect(res.statusCode, `${url} ${type}`).toBe(400);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
        expect(res.json().detail).toContain('multipart/form-data');
      }
      // Well-formed, but more parts than an upload takes: refused in words, not Fastify's English.
      const field = (n: number) => `--B\r\nContent-Disposition: form-data; name="f${n}"\r\n\r\nx\r\n`;
      const crowded = await t.app.inject({
        method: 'POST',
        url,
        payload: `${[1, 2, 3, 4, 5, 6].map(field).join('')}${part('B')}--B--\r\n`,
        cookies: uploader.cookies,
        headers: { ...uploader.csrf, 'content-type': 'multipart/form-data; boundary=B' },
      });
      expect(crowded.statusCode, url).toBe(413);
      expect(crowded.json()).toMatchObject({ code: 'JIBSA_TOO_LARGE' });
      expect(crowded.json().detail, url).toMatch(/너무 많습니다/);
    }
  });

  it('answers hostile NDJSON to the batch endpoint line by line: 200 with a row per line, or 4xx problem+json', async () => {
    const post = (payload: string | Buffer) =>
      t.app.inject({
        method: 'POST',
        url: '/api/screen/batch',
        payload,
        headers: { 'content-type': 'application/x-ndjson' },
      });
    const check = async (payload: string | Buffer) => {
      const res = await post(payload);
      expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
      if (res.statusCode >= 400) {
        expect(res.headers['content-type']).toMatch(/problem\+json/);
        return;
      }
      const rows = res.body
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(typeof row.line === 'number' && typeof row.ok === 'boolean').toBe(true);
    };
    const lines = [
      ...hostileStrings.map((s) => JSON.stringify(s)),
      ...hostileBodies.map((b) => JSON.stringify(b) ?? 'null'),
      `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
      `${'['.repeat(60_000)}`,
      '{"a":',
      'x'.repeat(70_000),
    ];
    for (const line of lines) await check(`${line}\n${JSON.stringify({ region: 'metro' })}`);
    await check(lines.join('\n'));
    await check(Buffer.from([0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x0a]));
    await fc.assert(
      fc.asyncProperty(fc.array(jsonValue, { maxLength: 6 }), async (values) => {
        await check(values.map((v) => JSON.stringify(v) ?? '').join('\n'));
      }),
      { numRuns: 40, seed: 11 },
    );
  }, 120_000);
});
