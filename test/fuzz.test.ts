/** A short, deterministic fuzz run for CI; `npm run fuzz` runs the same properties at length. */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { checkDecode, checkExtract, inputBytes, inputs } from './fuzz-property.js';
import { readFixture } from './helpers.js';

const SAMPLE = readFixture('gaoxin-zones-2024.txt');
// Fixed seeds: CI must not fail on a case nobody can reproduce. New cases come from npm run fuzz.
const SEED = 20240718;

describe('fuzz', () => {
  it('extract: never throws; text is the code-point slice; start < end; values finite; value_max ≥ value', () => {
    fc.assert(fc.property(inputs(SAMPLE), (s) => { checkExtract(s); }), { seed: SEED, numRuns: 400 });
  }, 60_000);

  it('read & decode: any bytes, under any name, give text without lone surrogates, or a reason', () => {
    fc.assert(fc.property(inputBytes(SAMPLE), fc.constantFrom('a.txt', 'a.html'), (b, name) => { checkDecode(b, name); }), { seed: SEED, numRuns: 300 });
  }, 60_000);
});
