import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.ts';

describe('configuration', () => {
  it('defaults to port 3000 and a ./data PGlite folder', () => {
    const c = readConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(c.seedDemo).toBe(true);
    expect(c.outreach.leaseSeconds).toBe(30);
  });

  it('takes an outreach lease of 5 to 3600 seconds and refuses one outside', () => {
    expect(readConfig({ JIBSA_OUTREACH_LEASE_SECONDS: '8' }).outreach.leaseSeconds).toBe(8);
    for (const bad of ['4', '3601', 'soon']) {
      expect(() => readConfig({ JIBSA_OUTREACH_LEASE_SECONDS: bad })).toThrow(/JIBSA_OUTREACH_LEASE_SECONDS/);
    }
  });

  it('screens on one fewer thread than the cores (1 to 4) unless JIBSA_SCREEN_THREADS says, 0 for none', () => {
    const cores = os.availableParallelism();
    expect(readConfig({}).screenThreads).toBe(Math.min(4, Math.max(1, cores - 1)));
    expect(readConfig({ JIBSA_SCREEN_THREADS: '0' }).screenThreads).toBe(0);
    expect(readConfig({ JIBSA_SCREEN_THREADS: '3' }).screenThreads).toBe(3);
    for (const bad of ['-1', '65', 'many', '1.5']) {
      expect(() => readConfig({ JIBSA_SCREEN_THREADS: bad })).toThrow(/JIBSA_SCREEN_THREADS/);
    }
  });

  it('names every bad setting at once, in Korean and English', () => {
    try {
      readConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/PORT.*0~65535/);
      expect((error as ConfigError).message).toContain('설정 오류');
    }
  });
});
