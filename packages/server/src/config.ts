import os from 'node:os';
import path from 'node:path';
import { type MailConfig, readMailConfig } from './referrals/mail-config.ts';

/** Per-IP request limits (count per minute); they hold across server processes sharing one database. */
export interface RateLimits {
  screenPerMinute: number;
  /** POST /api/screen/batch requests (up to 10,000 households each). */
  screenBatchPerMinute: number;
  consultationsPerMinute: number;
  loginPerMinutePerIp: number;
  /** Requests refused for want of a session (401, cross-site 403) before the address gets 429 instead of an audit row each. */
  refusedPerMinute: number;
  /** Failed log-ins in a row before an account is locked for `lockMinutes`. */
  loginFailuresBeforeLock: number;
  lockMinutes: number;
}

/** Runtime configuration, read once from the environment and validated at start. */
export interface Config {
  port: number;
  host: string;
  /** Real PostgreSQL when set; otherwise embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load fictional demo data on first start (default on). */
  seedDemo: boolean;
  /** Folder with the built web app; served at `/` when it exists. */
  webDist: string | undefined;
  /** Longest a staff session lives, in seconds (JIBSA_SESSION_DAYS may be fractional). */
  sessionSeconds: number;
  /** A session unused this long ends. */
  sessionIdleMinutes: number;
  /**
   * Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto / X-Request-Id are
   * believed (Fastify's trustProxy). Off by default: then the client's own address counts and the
   * server makes every request id itself.
   */
  trustProxy: string | false;
  rateLimits: RateLimits;
  /** E-mail notices of referral changes through SMTP; undefined (off) unless JIBSA_SMTP_URL is set. */
  mail: MailConfig | undefined;
  outreach: OutreachConfig;
  /**
   * On stop, requests in flight get this long to finish; then every connection still open is cut.
   * A client that never reads its answer would otherwise hold the process open for ever.
   */
  shutdownGraceSeconds: number;
  /**
   * Threads that screen POST /api/screen's households (writing their answers) and 발굴 lists'
   * households (JIBSA_SCREEN_THREADS; 0 screens on the request thread). Default: one fewer than the
   * machine's cores, at least 1, at most 4.
   */
  screenThreads: number;
}

/** 발굴 lists: how big an upload may be, how long lists are kept, and whether this process screens them. */
export interface OutreachConfig {
  maxUploadBytes: number;
  /** Days an uploaded list and its results are kept (JIBSA_OUTREACH_RETENTION_DAYS, default 90). */
  retentionDays: number;
  /** Off (JIBSA_OUTREACH_WORKER=false) for a process that should serve requests but screen no jobs. */
  worker: boolean;
  /**
   * How long a job stays a dead worker's before another server takes it over
   * (JIBSA_OUTREACH_LEASE_SECONDS, default 30); a live worker renews it after every block of rows.
   */
  leaseSeconds: number;
  /**
   * Rows a policy what-if reads while the caller waits (JIBSA_WHATIF_MAX_ROWS, default 50,000:
   * about 0.9–1.0 s of CPU for 20,000 rows on the sample list, so a few seconds). A longer list's
   * what-if is counted in the background (outreach/what-if/background.ts) and read when done.
   */
  whatIfMaxRows: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`설정 오류 (configuration error):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    problems.push(`PORT must be a whole number 0–65535 (PORT는 0~65535 사이 정수여야 합니다), got "${portText}"`);
  }

  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql:// (DATABASE_URL 형식 오류)');
  }

  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (LOG_LEVEL 값 오류), got "${env.LOG_LEVEL}"`);
  }

  const seedText = env.JIBSA_SEED_DEMO ?? 'true';
  if (!['true', 'false', '1', '0'].includes(seedText)) {
    problems.push(`JIBSA_SEED_DEMO must be true or false (JIBSA_SEED_DEMO는 true 또는 false), got "${seedText}"`);
  }

  // Fractional days work (0.5 = 12 hours); below one hour or above a year is refused at start,
  // never discovered later as a failing log-in.
  const sessionDays = Number(env.JIBSA_SESSION_DAYS ?? '7');
  if (!Number.isFinite(sessionDays) || sessionDays < 1 / 24 || sessionDays > 365) {
    problems.push(
      `JIBSA_SESSION_DAYS must be a number of days from 0.042 (one hour) to 365 (JIBSA_SESSION_DAYS는 1시간~365일), got "${env.JIBSA_SESSION_DAYS}"`,
    );
  }

  const idle = whole(env, 'JIBSA_SESSION_IDLE_MINUTES', 60, 1, 24 * 60, problems);

  const trustText = env.JIBSA_TRUST_PROXY?.trim() ?? '';
  const trustProxy = trustText === '' || trustText === 'false' ? false : trustText;
  if (trustProxy && !/^[0-9a-fA-F.:/,\s]+$|^loopback$|^uniquelocal$/.test(trustProxy)) {
    problems.push(
      `JIBSA_TRUST_PROXY must list proxy addresses or CIDR ranges (e.g. 127.0.0.1,10.0.0.0/8) or "loopback" (신뢰할 프록시 주소), got "${trustText}"`,
    );
  }

  const rateLimits: RateLimits = {
    screenPerMinute: whole(env, 'JIBSA_RATE_SCREEN_PER_MINUTE', 600, 1, 1_000_000, problems),
    screenBatchPerMinute: whole(env, 'JIBSA_RATE_SCREEN_BATCH_PER_MINUTE', 30, 1, 1_000_000, problems),
    consultationsPerMinute: whole(env, 'JIBSA_RATE_CONSULTATIONS_PER_MINUTE', 10, 1, 1_000_000, problems),
    loginPerMinutePerIp: whole(env, 'JIBSA_RATE_LOGIN_PER_MINUTE', 20, 1, 1_000_000, problems),
    refusedPerMinute: whole(env, 'JIBSA_RATE_REFUSED_PER_MINUTE', 60, 1, 1_000_000, problems),
    loginFailuresBeforeLock: whole(env, 'JIBSA_LOGIN_FAILURES_BEFORE_LOCK', 5, 1, 1000, problems),
    lockMinutes: whole(env, 'JIBSA_LOCK_MINUTES', 15, 1, 24 * 60, problems),
  };

  const mail = readMailConfig(env, problems);

  const workerText = env.JIBSA_OUTREACH_WORKER ?? 'true';
  if (!['true', 'false', '1', '0', 'on', 'off'].includes(workerText)) {
    problems.push(`JIBSA_OUTREACH_WORKER must be true or false (true 또는 false), got "${workerText}"`);
  }
  const outreach: OutreachConfig = {
    maxUploadBytes: whole(env, 'JIBSA_OUTREACH_MAX_MB', 2048, 1, 16_384, problems) * 1024 * 1024,
    retentionDays: whole(env, 'JIBSA_OUTREACH_RETENTION_DAYS', 90, 1, 3650, problems),
    worker: ['true', '1', 'on'].includes(workerText),
    leaseSeconds: whole(env, 'JIBSA_OUTREACH_LEASE_SECONDS', 30, 5, 3600, problems),
    whatIfMaxRows: whole(env, 'JIBSA_WHATIF_MAX_ROWS', 50_000, 0, 10_000_000, problems),
  };

  const shutdownGraceSeconds = whole(env, 'JIBSA_SHUTDOWN_GRACE_SECONDS', 10, 0, 600, problems);
  const screenThreads = whole(env, 'JIBSA_SCREEN_THREADS', defaultScreenThreads(), 0, 64, problems);

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    // Loopback by default: the demo accounts share a published password. Set HOST=0.0.0.0 to serve others.
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.JIBSA_DATA_DIR ?? 'data'),
    logLevel,
    seedDemo: seedText === 'true' || seedText === '1',
    webDist: env.JIBSA_WEB_DIST,
    sessionSeconds: Math.round(sessionDays * 86_400),
    sessionIdleMinutes: idle,
    trustProxy,
    rateLimits,
    mail,
    outreach,
    shutdownGraceSeconds,
    screenThreads,
  };
}

/** The request thread keeps a core of its own; more than four threads gained nothing measured. */
export function defaultScreenThreads(): number {
  return Math.min(4, Math.max(1, os.availableParallelism() - 1));
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]) {
  const text = env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (${name}는 ${min}~${max} 정수), got "${text}"`);
    return fallback;
  }
  return n;
}
