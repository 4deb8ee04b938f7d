import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ROOT, readFixture } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const withoutDoc = (s: string) => s.replace(/"doc":"[^"]*",/g, '');

// Inputs over one read block (1 MiB) are streamed through a decoder chosen on their first block,
// then fed 64 KiB reads (src/stream/source.ts).
describe('large inputs in other encodings are streamed with the same records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cnm-big-'));
  const sample = readFixture('gaoxin-zones-2024.txt');
  // Two copies of the article, lines of ideographic spaces (two bytes each in GB18030 and UTF-16
  // alike, no records, quick to read), then twelve copies: in every encoding below the first
  // block ends inside those twelve, and so does the read after it (asserted). What is decoded
  // across both cuts is the article's own text, and a byte lost there changes its records.
  const head = sample.repeat(2) + ('\u3000'.repeat(511) + '\n').repeat(990);
  const text = head + sample.repeat(12);
  const utf8 = join(dir, 'big.txt');
  writeFileSync(utf8, text);
  const want = withoutDoc(run(['-f', 'jsonl', '-j', '1', utf8]).stdout);

  it.each([
    ['gb18030', (s: string) => iconv.encode(s, 'gb18030')],
    ['utf-16le with BOM', (s: string) => iconv.encode(s, 'utf-16le', { addBOM: true })],
    ['utf-16be with BOM', (s: string) => iconv.encode(s, 'utf-16be', { addBOM: true })],
  ])('%s', (name, make) => {
    const f = join(dir, `big-${name.replace(/\W+/g, '-')}.txt`);
    const bytes = make(text);
    expect(make(head).length).toBeLessThan(1 << 20);
    expect(bytes.length).toBeGreaterThan((1 << 20) + (1 << 16));
    writeFileSync(f, bytes);
    const r = run(['-f', 'jsonl', '-j', '1', f]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(withoutDoc(r.stdout)).toBe(want);
  });

  it('refuses a file over --max-size before printing any of its records', () => {
    const r = run(['-f', 'jsonl', '--max-size', '1M', utf8]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/too large: .* over the 1 MiB limit/);
  });
});
