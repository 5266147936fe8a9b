// Bundles the server's TypeScript (and the workspace packages it imports) into dist/main.js.
// Registry packages stay external: PGlite loads its WASM files relative to its own module.
import fs from 'node:fs';
import { build } from 'esbuild';

const readPkg = (url) => JSON.parse(fs.readFileSync(url, 'utf8'));
const pkg = readPkg(new URL('./package.json', import.meta.url));
// Workspace packages are bundled; their own registry dependencies (e.g. @jibsa/lists's csv-parse) stay external too.
const workspaceDeps = Object.keys(pkg.dependencies)
  .filter((name) => name.startsWith('@jibsa/'))
  .flatMap((name) =>
    Object.keys(
      readPkg(new URL(`../${name.slice('@jibsa/'.length)}/package.json`, import.meta.url)).dependencies ?? {},
    ),
  );
const external = [...new Set([...Object.keys(pkg.dependencies), ...workspaceDeps])].filter(
  (name) => !name.startsWith('@jibsa/'),
);

// Both bundles: the server, and the screening thread (screening/screen-pool.ts) it starts beside it.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...external, ...external.map((e) => `${e}/*`)],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/main.js' });
await build({ ...common, entryPoints: ['src/screening/screen-worker.ts'], outfile: 'dist/screen-worker.js' });
console.log('server bundled to packages/server/dist/main.js (screening thread: dist/screen-worker.js)');
