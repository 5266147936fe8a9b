import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { clientKey } from '../../src/platform/rate-limit.ts';

describe('clientKey: the rate-limit counter key of a client address', () => {
  it('is the same key as before the one-shot hash: counters shared through the database keep counting across versions', () => {
    for (const ip of ['127.0.0.1', '::1', '203.0.113.7', '2001:db8::1', '::ffff:10.0.0.1']) {
      const before = createHash('sha256').update(`jibsa-rate:${ip}`).digest('base64url').slice(0, 22);
      const key = clientKey({ ip } as FastifyRequest);
      expect(key).toBe(before);
      expect(key).not.toContain(ip);
    }
  });
});
