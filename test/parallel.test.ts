import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, fixture, readFixture } from './helpers.js';
import { PARALLEL_MIN } from '../src/stream/run.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const TEXTS = ['gaoxin-zones-2024.txt', 'gov-work-report-zhejiang-2026.txt', 'stats-communique-zhoukou-2023.txt'].map(fixture);
/**
 * Lines of spaces (blank lines, no records, quick to read) past 2 * PARALLEL_MIN bytes: named
 * inputs that large start the workers at once (src/cli/extract-command.ts), and their characters
 * alone pass PARALLEL_MIN, the other way workers start (src/stream/run.ts).
 */
const PADDING = (' '.repeat(1023) + '\n').repeat(2 * PARALLEL_MIN / 1024 + 1);

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('-j N: worker threads', () => {
  it('-j 1 and -j 2 give byte-identical output on the corpus files, in input order', () => {
    // The fixtures twice (a chunk is cut inside the second copy), padding, twice again: the
    // workers run from the first chunk on, on records from before and after a long run of chunks
    // without any.
    const dir = mkdtempSync(join(tmpdir(), 'cnm-par-'));
    const big = join(dir, 'big.txt');
    const copies = TEXTS.map((f) => readFixture(f.split('/').pop()!)).join('\n').repeat(2);
    writeFileSync(big, copies + '\n' + PADDING + copies);
    expect(statSync(big).size).toBeGreaterThan(2 * PARALLEL_MIN);
    // jsonl: rows made in the workers; json: records sent back and formatted in order (csv takes jsonl's path)
    for (const fmt of ['jsonl', 'json']) {
      const args = ['-f', fmt, ...TEXTS, big, ...TEXTS];
      const one = run(['-j', '1', ...args]);
      const two = run(['-j', '2', ...args]);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(two.stdout.length).toBeGreaterThan(1_000_000);
      expect(two.stdout === one.stdout, fmt).toBe(true);
      if (fmt === 'jsonl') {
        // every table of the 4 copies and the 2 files is read whole, in whichever chunk and worker it falls
        const tables = (s: string) => s.split('\n').filter((l) => l.includes('"source":"table"')).length;
        const perCopy = tables(run(['-f', 'jsonl', TEXTS[2]]).stdout);
        expect(perCopy).toBeGreaterThan(70);
        expect(tables(two.stdout)).toBe(6 * perCopy);
      }
    }
  }, 120_000);

  it('-j 1 and -j 2 agree on a JSONL corpus', () => {
    // the corpus, then blank lines (skipped) past the size at which the workers start at once
    const file = join(mkdtempSync(join(tmpdir(), 'cnm-par-')), 'corpus.jsonl');
    writeFileSync(file, readFixture('news-econ-2023.jsonl') + PADDING);
    expect(statSync(file).size).toBeGreaterThan(2 * PARALLEL_MIN);
    const args = ['-f', 'jsonl', '--input-format', 'jsonl', file];
    const one = run(['-j', '1', ...args]);
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n').length).toBeGreaterThan(1000);
    expect(run(['-j', '2', ...args]).stdout).toBe(one.stdout);
  });

  it('rejects a bad --jobs with usage status 2', () => {
    expect(run(['-j', '0', fixture('gaoxin-zones-2024.txt')]).code).toBe(2);
  });
});

describe('--input-format jsonl', () => {
  const corpus = readFixture('news-econ-2023.jsonl');

  it('names each record by its id and reads its text field', () => {
    const r = run(['-f', 'jsonl', '--input-format', 'jsonl', '-'], corpus);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const docs = corpus.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    const byId = new Map(docs.map((d) => [d.id, d.text]));
    expect(recs.length).toBeGreaterThan(100);
    for (const x of recs) {
      const text = byId.get(x.doc);
      expect(text, x.doc).toBeDefined();
      expect([...text!].slice(x.start, x.end).join('')).toBe(x.text);
    }
  });

  it('takes other field names, and reports a bad line with its number, keeps the rest, exits 2', () => {
    const lines = [
      JSON.stringify({ key: 'a', content: '今年上半年，重庆高新区GDP同比增长8.2%。' }),
      '{"key": "b", "content": ',
      JSON.stringify({ key: 'c', body: 'no content field' }),
      '',
      JSON.stringify({ key: 7, content: '签约项目47个，总投资额292亿元。' }),
    ].join('\n');
    const r = run(['-f', 'jsonl', '--input-format', 'jsonl', '--text-field', 'content', '--id-field', 'key', '-'], lines);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cnmetrics: -:2: not valid JSON/m);
    expect(r.stderr).toMatch(/^cnmetrics: -:3: no "content" field/m);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => [x.doc, x.text])).toEqual([['a', '8.2%'], ['7', '47个'], ['7', '292亿元']]);
  });

  it('is a pure filter: the input split anywhere between lines gives the same records, concatenated', () => {
    const all = corpus.split(/(?<=\n)/);
    const whole = run(['-f', 'jsonl', '--input-format', 'jsonl'], corpus);
    expect(whole.code).toBe(0);
    for (const parts of [3, 7]) {
      const size = Math.ceil(all.length / parts);
      let out = '';
      for (let k = 0; k < all.length; k += size) out += run(['-f', 'jsonl', '--input-format', 'jsonl'], all.slice(k, k + size).join('')).stdout;
      expect(out === whole.stdout, `${parts} parts`).toBe(true);
    }
  }, 60_000);
});
