/**
 * The long fuzz run: the properties of test/fuzz.test.ts, many more cases, a fresh seed.
 *   npm run fuzz                 100,000 cases each, random seed
 *   npm run fuzz -- 1000000 42   a million cases with seed 42 (to replay a failure)
 * A failure prints the seed, the path and the shrunk counterexample, and exits 1.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkDecode, checkExtract, inputBytes, inputs } from '../test/fuzz-property.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = readFileSync(join(root, 'fixtures', 'gaoxin-zones-2024.txt'), 'utf8');
const numRuns = Number(process.argv[2] ?? 100_000);
const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : Date.now() ^ (Math.random() * 0x7fffffff);

let failed = false;
let records = 0;
const runs: Array<[string, fc.IProperty<never> | fc.IProperty<[string]> | fc.IProperty<[Buffer, string]>]> = [
  ['extract', fc.property(inputs(sample), (s) => { records += checkExtract(s); })],
  ['read & decode', fc.property(inputBytes(sample), fc.constantFrom('a.txt', 'a.html'), (b, name) => { checkDecode(b, name); })],
];
for (const [name, prop] of runs) {
  const t0 = performance.now();
  const out = fc.check(prop as fc.IProperty<unknown[]>, { seed, numRuns });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (out.failed) {
    failed = true;
    console.log(`${name}: FAILED after ${out.numRuns} cases (${secs} s), seed ${seed}, path ${out.counterexamplePath}`);
    console.log(`  counterexample: ${JSON.stringify(out.counterexample)}`);
    console.log(`  error: ${out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance)}`);
  } else {
    console.log(`${name}: ${out.numRuns} cases passed in ${secs} s (seed ${seed})${name === 'extract' ? `, ${records} records checked` : ''}`);
  }
}
process.exit(failed ? 1 : 0);
