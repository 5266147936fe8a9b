import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// The machines that run Jibsa have Node 20; the project must keep working on the newer LTS lines
// too. npm only warns (EBADENGINE) when a locked package wants a newer Node, so a routine update
// can slip one in unnoticed — as cookie@2 and content-disposition@3 (Node ≥ 22) once did.
const SUPPORTED_NODE = ['20.19.0', '22.13.0', '24.0.0'];

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const rootEngines = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { engines: { node: string } }).engines
  .node;

describe('every locked package runs on the Node lines Jibsa supports', () => {
  it.each(SUPPORTED_NODE)('Node %s', (version) => {
    expect(semver.satisfies(version, rootEngines)).toBe(true);
    const refusing = Object.entries(lock.packages)
      .map(([path, entry]) => ({ path, range: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter((p): p is { path: string; range: string } => typeof p.range === 'string')
      .filter((p) => !semver.satisfies(version, p.range))
      .map((p) => `${p.path} wants node ${p.range}`);
    expect(refusing).toEqual([]);
  });

  it('reads a lock file that has packages with engines (the check is not empty)', () => {
    const withEngines = Object.values(lock.packages).filter((p) => !Array.isArray(p.engines) && p.engines?.node);
    expect(withEngines.length).toBeGreaterThan(20);
  });
});
