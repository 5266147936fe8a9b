// Bundles the CLI's TypeScript (and the workspace packages it imports) into dist/, so `jibsa`
// starts without tsx compiling some hundred modules at run time (about a second of every run).
// Registry packages stay external (ExcelJS and PGlite are loaded only when a command needs them).
// dist/inputs.json lists the sources bundled: bin/jibsa.mjs runs the sources instead when any is
// newer than the bundle, so an edit is never hidden behind a stale build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const readPkg = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const pkg = readPkg(path.join(here, 'package.json'));
const workspace = (name) => path.join(here, '..', name === '@jibsa/cli' ? 'cli' : `packages/${name.slice(7)}`);
// The workspace packages' own registry dependencies (csv-parse, iconv-lite, …) stay external too.
const seen = new Set();
const external = new Set();
const visit = (deps) => {
  for (const name of Object.keys(deps ?? {})) {
    if (!name.startsWith('@jibsa/')) external.add(name);
    else if (!seen.has(name)) {
      seen.add(name);
      visit(readPkg(path.join(workspace(name), 'package.json')).dependencies);
    }
  }
};
visit(pkg.dependencies);

const outdir = path.join(here, 'dist');
fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: here,
  // The list worker (screen-many reads a long list on a second thread) is an entry of its own.
  entryPoints: { jibsa: 'src/main.ts', 'list-worker': 'src/screen-many/list-worker.ts' },
  outdir,
  bundle: true,
  // Chunks for the dynamic imports: the XLSX writer (and ExcelJS) load only when XLSX is written.
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  metafile: true,
  external: [...external].flatMap((e) => [e, `${e}/*`]),
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).map((file) => path.relative(outdir, path.resolve(here, file)));
fs.writeFileSync(path.join(outdir, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
console.log(`cli bundled to cli/dist/jibsa.js (${inputs.length} sources)`);
