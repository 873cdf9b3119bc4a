// Trust, checked on the BUILT files (no browser): least privilege in both manifests (promise 2), a content
// security policy that forbids remote code, and bundles without eval / new Function / remote script loads
// (promise 1). Fails on any permission beyond the allow-list below; widening it needs a reason here.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from './harness.mjs';

/** Every API permission Backstory may ask for, with the reason the README gives. */
const ALLOWED_PERMISSIONS = {
  storage: 'settings and the per-tab state (storage.session) of the background',
  unlimitedStorage: 'the local store of everything read may outgrow the default quota; it never leaves the machine',
  activeTab: 'run once on the current tab from the toolbar without any host permission',
  scripting: 'register the content script for the sites the reader granted, and inject it once for activeTab',
  sidePanel: 'the side panel (Chrome)',
};
/** Host permissions the reader may grant per site (asked at run time, never at install). */
const ALLOWED_OPTIONAL_HOSTS = new Set(['http://*/*', 'https://*/*']);
const BROAD_HOSTS = /<all_urls>|^\*:\/\/|:\/\/\*\/|^https?:\/\/\*/;

function readManifest(browserName) {
  const file = path.join(repoRoot, 'dist', browserName, 'manifest.json');
  assert.ok(existsSync(file), `dist/${browserName}/manifest.json is missing: run npm run build first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The built JavaScript and HTML files of one browser's build. */
function builtFiles(browserName, ext) {
  const dir = path.join(repoRoot, 'dist', browserName);
  return readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/**
 * Places where a bundle could run code from a string. Matched on the minified output: `eval(`, `new Function(`,
 * `Function(` called as a constructor, string timers, and `import(` of a non-literal (remote module loads).
 */
const DYNAMIC_CODE = [
  { name: 'eval(', re: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', re: /new\s+Function\s*\(/g },
  { name: 'Function(...) constructor', re: /(?<![\w$.])Function\s*\(\s*["'`]/g },
  { name: 'string timer', re: /set(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { name: 'importScripts', re: /importScripts\s*\(/g },
  { name: 'dynamic import()', re: /(?<![\w$.])import\s*\(/g },
  { name: 'WebAssembly compile', re: /WebAssembly\.(?:compile|instantiate)/g },
];

for (const browserName of ['chrome', 'firefox']) {
  describe(`built ${browserName} extension`, () => {
    const manifest = readManifest(browserName);

    test('asks for no permission beyond the allow-list', () => {
      const extra = (manifest.permissions ?? []).filter((p) => !(p in ALLOWED_PERMISSIONS));
      assert.deepEqual(extra, [], `permissions beyond the allow-list: ${extra.join(', ')}`);
      for (const p of manifest.permissions ?? []) assert.ok(!BROAD_HOSTS.test(p) && !p.includes('://'), `host pattern in permissions: ${p}`);
      if (browserName === 'firefox') assert.ok(!(manifest.permissions ?? []).includes('sidePanel'), 'Firefox has no sidePanel permission');
    });

    test('has no host permission at install; sites are optional and granted per site', () => {
      assert.deepEqual(manifest.host_permissions ?? [], [], 'host_permissions must be empty: sites are opt-in');
      for (const p of manifest.optional_host_permissions ?? []) assert.ok(ALLOWED_OPTIONAL_HOSTS.has(p), `unexpected optional host: ${p}`);
      assert.ok(!(manifest.optional_permissions ?? []).some((p) => p === '<all_urls>' || p.includes('://')), 'no hosts in optional_permissions');
    });

    test('declares no content script for all sites, no remote page access, nothing in private windows by default', () => {
      assert.equal(manifest.content_scripts, undefined, 'content scripts are registered at run time for granted sites only');
      assert.equal(manifest.externally_connectable, undefined, 'web pages and other extensions may not connect');
      assert.notEqual(manifest.incognito, 'spanning', 'no spanning incognito');
      // The one resource pages may load is the card frame (an extension-origin iframe the content script puts in its
      // closed shadow root on granted sites). Its matches cannot follow run-time grants, so it is listed for every site;
      // Chrome must serve it only under a per-session URL (use_dynamic_url) so pages cannot probe for Backstory.
      for (const w of manifest.web_accessible_resources ?? []) {
        const broad = (w.matches ?? []).filter((m) => BROAD_HOSTS.test(m));
        if (broad.length === 0) continue;
        assert.deepEqual(w.resources, ['card-frame.html'], `only the card frame may be exposed to ${broad.join(', ')}; found ${w.resources}`);
        if (browserName === 'chrome') assert.equal(w.use_dynamic_url, true, 'the card frame is served under a dynamic URL in Chrome');
        assert.equal(w.extension_ids, undefined, 'no other extension may load our resources');
      }
      assert.equal(manifest.update_url, undefined, 'no self-hosted update URL');
    });

    test('its content security policy forbids remote and string code', () => {
      const csp = manifest.content_security_policy?.extension_pages ?? '';
      const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? null;
      assert.ok(scriptSrc, `extension_pages CSP sets script-src: "${csp}"`);
      assert.deepEqual(scriptSrc.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s)), [], `script-src allows only 'self': "${csp}"`);
      assert.ok(!/unsafe-eval|unsafe-inline|https?:|\*/.test(csp), `no eval, inline or remote sources: "${csp}"`);
      assert.equal(manifest.content_security_policy?.sandbox, undefined, 'no sandbox pages with their own policy');
    });

    test('its bundles contain no eval, new Function, string timers or dynamic imports', () => {
      const found = [];
      for (const { name, text } of builtFiles(browserName, '.js')) {
        for (const { name: what, re } of DYNAMIC_CODE) {
          for (const m of text.matchAll(re)) found.push(`${name}: ${what} at ${m.index}: …${text.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
        }
      }
      assert.deepEqual(found, []);
    });

    test('its pages load only their own scripts and styles', () => {
      for (const { name, text } of builtFiles(browserName, '.html')) {
        const srcs = [...text.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]);
        for (const src of srcs) assert.ok(!/^(?:[a-z]+:)?\/\//i.test(src), `${name} loads ${src}`);
        assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(text), `${name} has an inline script`);
        assert.ok(!/\son[a-z]+\s*=/i.test(text), `${name} has an inline event handler`);
      }
    });
  });
}
