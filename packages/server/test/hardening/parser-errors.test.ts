import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from '../support/app.ts';
import { loginPerBlock } from '../support/staff.ts';

/** Sends raw bytes and reads the whole answer until the server closes the connection. */
function raw(port: number, bytes: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.end(bytes);
  });
}

describe('a request the HTTP parser cannot read gets a problem+json answer in Korean and English', () => {
  const t = appPerBlock(makeTestApp);
  let port = 0;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });

  it('an address past the header size limit: 431 with the reason, then the server goes on', async () => {
    const res = await raw(port, `GET /api/programs?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    const p = JSON.parse(res.body);
    expect(p).toMatchObject({ status: 431, code: 'JIBSA_HEADERS_TOO_LARGE', title: 'Request Header Fields Too Large' });
    expect(p.detail).toContain('주소를 줄여');
    expect(p.detail_en).toContain('too long');
    // Nothing of the refused address comes back.
    expect(res.body).not.toContain('aaaa');
    expect((await t.app.inject({ method: 'GET', url: '/api/programs' })).statusCode).toBe(200);
  });

  it('bytes that are not HTTP: 400 JIBSA_MALFORMED_REQUEST', async () => {
    const res = await raw(port, 'HELLO THERE\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ status: 400, code: 'JIBSA_MALFORMED_REQUEST' });
    const bad = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).detail).toContain('HTTP 규칙');
  });
});

describe('a file upload cut short on the wire', () => {
  const t = appPerBlock(makeTestApp);
  const admin = loginPerBlock(t, 'admin');
  let port = 0;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });

  it('answers 400 problem+json, not 500, when the file part ends without its closing boundary', async () => {
    const posts = (await t.app.inject({ url: '/api/board/posts', cookies: admin.cookies })).json();
    const post = (posts.items as { number: number }[])[0]?.number;
    const body = '--B\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut';
    const cookie = Object.entries(admin.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const res = await raw(
      port,
      `POST /api/board/posts/${post}/attachments HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\n` +
        `X-CSRF-Token: ${admin.csrf['x-csrf-token']}\r\nContent-Type: multipart/form-data; boundary=B\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(JSON.parse(res.body).detail).toContain('multipart/form-data');
  });
});
