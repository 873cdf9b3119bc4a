#!/usr/bin/env node
// Builds the extension for both browsers: dist/chrome/ and dist/firefox/, each a loadable unpacked extension.
// One esbuild IIFE bundle per execution context, the UI pages' HTML/CSS, assets/, and a manifest generated per
// browser from the one manifest.json (keys under "$chrome" / "$firefox" are merged into that browser's copy).
//
// Usage: node build/build.mjs [--watch] [--dev] [--browser chrome|firefox]
//   --watch  rebuild on change (npm run dev); implies --dev
//   --dev    no minification, inline source maps
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = path.join(root, 'dist');

/** Bundles: entry (relative to the repo) → output file name in the extension folder. */
export const ENTRIES = [
  { entry: 'src/background/main.ts', out: 'background.js' },
  { entry: 'src/content/main.ts', out: 'content.js' },
  { entry: 'src/ui/popup/main.tsx', out: 'popup.js' },
  { entry: 'src/ui/sidepanel/main.tsx', out: 'sidepanel.js' },
  { entry: 'src/ui/options/main.tsx', out: 'options.js' },
  { entry: 'src/ui/card-frame/main.tsx', out: 'card-frame.js' },
];

/** Per-browser esbuild targets (the oldest versions the manifests accept). */
export const BROWSERS = {
  chrome: { target: ['chrome120', 'es2022'] },
  firefox: { target: ['firefox142', 'es2022'] },
};

/** Folders of assets/ not copied as they are: the engine's data (copied to `engine/` below), the sample article, README screenshots. */
const ASSET_SKIP = new Set(['engine', 'sample', 'screenshots']);

/**
 * The engine's data files (src/core/data.ts: tagger weights and names, gazetteer), and their sources and
 * licences: copied to `engine/` of the extension, where the background fetches them (no web_accessible_resources:
 * pages cannot read them).
 */
const ENGINE_DATA = /\.(bin|txt)$|^SOURCES\.md$/;

/** Merges `extra` into `base`: objects deeply, arrays concatenated without duplicates, scalars replaced. */
export function mergeManifest(base, extra) {
  const out = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const cur = out[k];
    if (Array.isArray(cur) && Array.isArray(v)) out[k] = [...new Set([...cur, ...v])];
    else if (cur && typeof cur === 'object' && !Array.isArray(cur) && v && typeof v === 'object' && !Array.isArray(v))
      out[k] = mergeManifest(cur, v);
    else out[k] = v;
  }
  return out;
}

/** The manifest for one browser, generated from manifest.json and the package version. */
export function manifestFor(browserName) {
  const source = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const base = {};
  for (const [k, v] of Object.entries(source)) if (!k.startsWith('$')) base[k] = v;
  const merged = mergeManifest(base, source[`$${browserName}`] ?? {});
  // Put manifest_version, name, version first, as stores display them.
  return { manifest_version: merged.manifest_version, name: merged.name, version: pkg.version, ...merged };
}

/** Entries whose source exists; missing ones are reported once and skipped so a partial tree still builds. */
function presentEntries(log) {
  const present = [];
  for (const e of ENTRIES) {
    if (existsSync(path.join(root, e.entry))) present.push(e);
    else log(`warning: ${e.entry} does not exist yet; ${e.out} is not built`);
  }
  return present;
}

/** HTML and CSS files of the UI pages (src/ui/<page>/*.html|css), copied flat into the extension folder. */
function uiStaticFiles() {
  const files = [];
  const uiDir = path.join(root, 'src/ui');
  if (!existsSync(uiDir)) return files;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|css)$/.test(name)) files.push(full);
    }
  };
  walk(uiDir);
  return files;
}

/** Copies assets, UI HTML/CSS and writes the manifest for one browser. */
function copyStatic(browserName, outDir, log) {
  mkdirSync(outDir, { recursive: true });
  const assets = path.join(root, 'assets');
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      if (ASSET_SKIP.has(name)) continue;
      cpSync(path.join(assets, name), path.join(outDir, name), { recursive: true });
    }
  }
  const engineData = path.join(assets, 'engine');
  if (existsSync(engineData)) {
    mkdirSync(path.join(outDir, 'engine'), { recursive: true });
    for (const name of readdirSync(engineData)) if (ENGINE_DATA.test(name)) cpSync(path.join(engineData, name), path.join(outDir, 'engine', name));
  }
  const seen = new Map();
  for (const file of uiStaticFiles()) {
    const base = path.basename(file);
    if (seen.has(base)) log(`warning: ${path.relative(root, file)} and ${path.relative(root, seen.get(base))} both map to ${base}`);
    seen.set(base, file);
    cpSync(file, path.join(outDir, base));
  }
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifestFor(browserName), null, 2) + '\n');
}

/** esbuild options for one browser. */
function esbuildOptions(browserName, entries, outDir, dev) {
  return {
    entryPoints: Object.fromEntries(entries.map((e) => [e.out.replace(/\.js$/, ''), path.join(root, e.entry)])),
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: BROWSERS[browserName].target,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    charset: 'utf8',
    loader: { '.bin': 'binary', '.txt': 'text' },
    define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
    logLevel: 'warning',
  };
}

/**
 * Builds both browsers once. Returns the time taken in ms.
 * @param {{ dev?: boolean, browsers?: string[], log?: (s: string) => void }} [opts]
 */
export async function buildAll(opts = {}) {
  const t0 = performance.now();
  const log = opts.log ?? ((s) => console.error(s));
  const browsers = opts.browsers ?? Object.keys(BROWSERS);
  const entries = presentEntries(log);
  for (const b of browsers) {
    const outDir = path.join(distDir, b);
    rmSync(outDir, { recursive: true, force: true });
    copyStatic(b, outDir, log);
    if (entries.length) await esbuild.build(esbuildOptions(b, entries, outDir, !!opts.dev));
  }
  return performance.now() - t0;
}

/** Newest modification time (ms) of the build's inputs: src/, assets/, manifest.json, package.json, build.mjs. */
export function newestInputMtime() {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const n of readdirSync(p)) visit(path.join(p, n));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['src', 'assets', 'manifest.json', 'package.json', 'build/build.mjs']) visit(path.join(root, p));
  return newest;
}

/** True when dist/<browser> is missing or older than any build input. */
export function isStale(browserName) {
  const m = path.join(distDir, browserName, 'manifest.json');
  if (!existsSync(m)) return true;
  return statSync(m).mtimeMs < newestInputMtime();
}

async function watchMode(browsers) {
  const log = (s) => console.error(s);
  const entries = presentEntries(log);
  const contexts = [];
  for (const b of browsers) {
    const outDir = path.join(distDir, b);
    rmSync(outDir, { recursive: true, force: true });
    copyStatic(b, outDir, log);
    const ctx = await esbuild.context({
      ...esbuildOptions(b, entries, outDir, true),
      plugins: [{ name: 'report', setup: (build) => build.onEnd((r) => log(`[${b}] rebuilt (${r.errors.length} errors)`)) }],
    });
    await ctx.watch();
    contexts.push(ctx);
  }
  // Static files: re-copy on change. (New entry files need a restart of `npm run dev`.)
  let timer;
  const recopy = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const b of browsers) copyStatic(b, path.join(distDir, b), log);
      log('static files copied');
    }, 100);
  };
  for (const p of ['assets', 'src/ui', 'manifest.json']) {
    const full = path.join(root, p);
    if (existsSync(full)) watch(full, { recursive: true }, (_e, f) => (!f || !/\.(ts|tsx)$/.test(f)) && recopy());
  }
  log(`watching (${browsers.join(', ')}); Ctrl-C to stop`);
  process.on('SIGINT', async () => {
    await Promise.all(contexts.map((c) => c.dispose()));
    process.exit(0);
  });
}

async function main(argv) {
  const watchFlag = argv.includes('--watch');
  const dev = watchFlag || argv.includes('--dev');
  const bi = argv.indexOf('--browser');
  const browsers = bi >= 0 ? [argv[bi + 1]] : Object.keys(BROWSERS);
  for (const b of browsers) {
    if (!BROWSERS[b]) {
      console.error(`build: unknown browser "${b}" (chrome or firefox)`);
      process.exit(2);
    }
  }
  if (watchFlag) return watchMode(browsers);
  const ms = await buildAll({ dev, browsers });
  console.log(`built ${browsers.map((b) => `dist/${b}`).join(' and ')} in ${Math.round(ms)} ms`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`build failed: ${e.message ?? e}`);
    process.exit(1);
  });
}
