import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropTemplateDatabases } from './postgres.ts';

interface Run {
  templateDir: string;
  runId: string;
  /** Vitest calls this setup for the root and for each project: the place is shared and goes with the last. */
  users: number;
}
const shared = globalThis as { jibsaTestRun?: Run };

/**
 * One place per `vitest run` for template databases (see templates.ts and postgres.ts), removed after
 * the run; the run id keeps two runs on one machine (or one PostgreSQL) apart.
 */
export default function setup(project: TestProject) {
  shared.jibsaTestRun ??= {
    runId: `${process.pid}_${Math.random().toString(36).slice(2, 8)}`,
    templateDir: fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-templates-')),
    users: 0,
  };
  const run = shared.jibsaTestRun;
  run.users++;
  project.provide('jibsaTestRun', { templateDir: run.templateDir, runId: run.runId });
  return async () => {
    if (--run.users > 0) return;
    shared.jibsaTestRun = undefined;
    fs.rmSync(run.templateDir, { recursive: true, force: true });
    await dropTemplateDatabases(run.runId);
  };
}
