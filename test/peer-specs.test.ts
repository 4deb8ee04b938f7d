import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exclusions, mappings, OUT_OF_SCOPE_FILES, RUN_FILES, runFile } from '../scripts/peer-specs.js';
import { ROOT } from './helpers.js';

// The peer test suites (Recognizers-Text, Duckling): how the cases are run and mapped is in
// scripts/peer-specs.ts; the differences and exclusions are argued in the README (Compatibility).
const THRESHOLD = 0.95;
const caseCount = (file: string) =>
  readFileSync(join(ROOT, 'fixtures', 'peer-specs', `${file}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).length;

describe('peer specs', () => {
  for (const file of Object.keys(RUN_FILES) as Array<keyof typeof RUN_FILES>) {
    it(`${file}: at least ${THRESHOLD * 100}% of in-scope cases pass`, () => {
      const r = runFile(file);
      const inScope = r.passed + r.failed;
      const failing = r.failures.map((f) => `#${f.index} ${f.input}`);
      expect(r.passed / inScope, `failing:\n${failing.join('\n')}`).toBeGreaterThanOrEqual(THRESHOLD);
    });

    it(`${file}: fewer than 10% of its cases are excluded`, () => {
      expect(exclusions.filter((e) => e.file === file).length).toBeLessThan(0.1 * caseCount(file));
    });
  }

  it('gives every exclusion and every mapped expectation a reason, for a file that is run', () => {
    for (const e of [...exclusions, ...mappings]) {
      expect(Object.keys(RUN_FILES), e.file).toContain(e.file);
      expect(e.reason.length, `${e.file}#${e.index}`).toBeGreaterThan(20);
    }
  });

  it('lists every whole file left out in the README (Compatibility)', () => {
    const doc = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const f of Object.keys(OUT_OF_SCOPE_FILES)) expect(doc).toContain(f);
  });
});
