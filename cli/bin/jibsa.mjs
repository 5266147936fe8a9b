#!/usr/bin/env node
// Runs the bundle `npm run build` makes (cli/build.mjs): no TypeScript to compile at start-up.
// Without a bundle, or when a source it was made from has changed since (dist/inputs.json lists
// them), the TypeScript runs through tsx, as the workspace needs no build. JIBSA_CLI=source or
// JIBSA_CLI=bundle chooses (tests compare the two).
import fs from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const built = () => {
  if (process.env.JIBSA_CLI === 'source') return false;
  if (process.env.JIBSA_CLI === 'bundle') return true;
  try {
    const made = fs.statSync(new URL('jibsa.js', dist)).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(new URL('inputs.json', dist), 'utf8'));
    return inputs.every((file) => fs.statSync(new URL(file, dist)).mtimeMs <= made);
  } catch {
    return false;
  }
};
let main;
if (built()) ({ main } = await import('../dist/jibsa.js'));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
