/**
 * Bundles the CLI and its worker into single ES modules (dist/cli.bundle.js, dist/worker.bundle.js).
 * Why: a one-off run spent more time resolving, reading and linking ~90 ES modules and commander /
 * chalk / cli-table3 than extracting; one file loads in a fraction of that. dist/index.js (tsc
 * output) stays the library entry for `import`; dist/index.cjs is the same library bundled as
 * CommonJS for `require('cnmetrics')`. iconv-lite stays external: it is loaded lazily, only for
 * non-UTF-8 input, and its code tables are large.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['iconv-lite'],
  // CommonJS dependencies (cli-table3) call require(); give the ES module bundle a real one.
  banner: { js: "import { createRequire as __cnmCreateRequire } from 'node:module'; const require = __cnmCreateRequire(import.meta.url);" },
  // The bundle sits at dist/, not dist/cli/: version and worker path are fixed at build time.
  define: { __CNMETRICS_BUNDLE__: JSON.stringify({ version, worker: './worker.bundle.js' }) },
  logLevel: 'warning',
  legalComments: 'none',
  // CJK rule data written as UTF-8, not \uXXXX escapes: a sixth less to read and parse at every
  // start (the word lists and gazetteer are most of the bundle's non-ASCII text)
  charset: 'utf8',
};
await build({ ...common, entryPoints: ['src/cli/bundle-entry.ts'], outfile: 'dist/cli.bundle.js' });
await build({ ...common, entryPoints: ['src/parallel/worker.ts'], outfile: 'dist/worker.bundle.js' });

// The library for require(): one CommonJS file. import.meta.url (used to find iconv-lite and
// cli-table3's string-width beside the package) becomes this file's own URL.
await build({
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['iconv-lite'],
  entryPoints: ['src/index.ts'], outfile: 'dist/index.cjs',
  banner: { js: "const __cnmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__cnmImportMetaUrl' },
  logLevel: 'warning', legalComments: 'none',
});
