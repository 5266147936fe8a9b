import path from 'node:path';

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
  sessionDays: number;
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

  const sessionDays = Number(env.JIBSA_SESSION_DAYS ?? '7');
  if (!Number.isFinite(sessionDays) || sessionDays <= 0) {
    problems.push('JIBSA_SESSION_DAYS must be a positive number (JIBSA_SESSION_DAYS는 양수)');
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.JIBSA_DATA_DIR ?? 'data'),
    logLevel,
    seedDemo: seedText === 'true' || seedText === '1',
    webDist: env.JIBSA_WEB_DIST,
    sessionDays,
  };
}
