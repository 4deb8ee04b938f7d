#!/usr/bin/env node
/**
 * A self-contained copy of the CLI for nodes that have Node.js but no npm registry (cluster
 * workers): cnmetrics-bundle-VERSION.tgz holding bin/cnmetrics.js, the two esbuild bundles
 * (dist/cli.bundle.js, dist/worker.bundle.js, from scripts/bundle.mjs) and the one module they
 * leave outside, iconv-lite (with its dependency safer-buffer), loaded only for input that is not
 * UTF-8. Unpack it anywhere and run bin/cnmetrics.js.
 *   npm run build && node scripts/pack-bundle.mjs [OUTDIR]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? ROOT);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
for (const f of ['dist/cli.bundle.js', 'dist/worker.bundle.js']) {
  if (!existsSync(join(ROOT, f))) { console.error(`${f} is missing: run npm run build first`); process.exit(1); }
}
const stage = mkdtempSync(join(tmpdir(), 'cnm-bundle-'));
const top = join(stage, 'cnmetrics');
mkdirSync(top);
for (const f of ['bin/cnmetrics.js', 'dist/cli.bundle.js', 'dist/worker.bundle.js', 'node_modules/iconv-lite', 'node_modules/safer-buffer', 'LICENSE', 'README.md']) {
  if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(top, f), { recursive: true });
}
// "type": "module": bin/cnmetrics.js and the bundles are ES modules
writeFileSync(join(top, 'package.json'), JSON.stringify({ name: 'cnmetrics-bundle', version, private: true, type: 'module', bin: { cnmetrics: 'bin/cnmetrics.js' } }, null, 2) + '\n');
const out = join(outDir, `cnmetrics-bundle-${version}.tgz`);
execFileSync('tar', ['czf', out, '-C', stage, 'cnmetrics']);
rmSync(stage, { recursive: true, force: true });
console.error(`${out}: unpack with tar xzf, run cnmetrics/bin/cnmetrics.js (Node.js >= 20)`);
