import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropTemplateDatabases } from './postgres.ts';

/**
 * One place per `vitest run` for template databases (see templates.ts and postgres.ts), removed after
 * the run; the run id keeps two runs on one machine (or one PostgreSQL) apart.
 */
export default function setup(project: TestProject) {
  const runId = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-templates-'));
  project.provide('jibsaTestRun', { templateDir, runId });
  return async () => {
    fs.rmSync(templateDir, { recursive: true, force: true });
    await dropTemplateDatabases(runId);
  };
}
