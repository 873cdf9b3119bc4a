#!/usr/bin/env node
// Runs a TypeScript entry point from the project in Node: bundles it with esbuild into .cache/ and imports it.
// Usage: node build/run-ts.mjs <entry.ts> [args...]  (the entry sees its own args in process.argv.slice(2)).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node build/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
const outdir = path.join(root, '.cache', 'run-ts');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, entry.replace(/[\\/]/g, '__').replace(/\.tsx?$/, '') + '.mjs');
await build({
  entryPoints: [path.resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
process.argv.splice(1, 2, outfile);
process.argv.splice(1, 0); // argv: [node, outfile, ...args]
process.argv = [process.argv[0], outfile, ...process.argv.slice(2)];
await import(pathToFileURL(outfile).href);
