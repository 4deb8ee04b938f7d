/**
 * cnmetrics as a stage of a pipeline or a cluster engine (issue 15): fields kept from the corpus,
 * what a bad line does (--on-error), names of records without an id, and the split run: any cut
 * of the input into whole lines, read by separate processes and concatenated, gives one run's output.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIELDS } from '../src/types.js';
import { ROOT, readFixture } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const jsonl = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const STAGE = ['--input-format', 'jsonl', '-f', 'jsonl'];

const A = JSON.stringify({ id: 'a', date: '2024-07-18', kind: 'news', meta: { page: 3, tags: ['x'] }, text: '今年上半年，重庆高新区GDP同比增长8.2%。' });
const B = JSON.stringify({ text: '签约项目47个，总投资额292亿元。', url: 'https://example.com/b' });
const sha = (s: string) => 'sha1:' + createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 16);

describe('--keep: fields of the corpus carried into every record', () => {
  it('jsonl: kept fields come after every record field, in the order asked, null when a line lacks one', () => {
    const r = run([...STAGE, '--keep', 'date,url,meta'], [A, B].join('\n') + '\n');
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs).toHaveLength(3);
    for (const x of recs) expect(Object.keys(x)).toEqual([...FIELDS, 'date', 'url', 'meta']);
    expect(recs.map((x) => [x.doc, x.text, x.date, x.url, x.meta])).toEqual([
      ['a', '8.2%', '2024-07-18', null, { page: 3, tags: ['x'] }],
      [sha('签约项目47个，总投资额292亿元。'), '47个', null, 'https://example.com/b', null],
      [sha('签约项目47个，总投资额292亿元。'), '292亿元', null, 'https://example.com/b', null],
    ]);
    // the record fields are those of a run without --keep
    const plain = jsonl(run(STAGE, [A, B].join('\n')).stdout);
    expect(recs.map(({ date: _d, url: _u, meta: _m, ...rest }) => rest)).toEqual(plain);
  });

  it('after --fields too, and as CSV/TSV columns (objects as their JSON), JSON keys', () => {
    const csv = run(['--input-format', 'jsonl', '-f', 'csv', '--fields', 'doc,text', '--keep', 'kind,meta'], A);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('doc,text,kind,meta\r\na,8.2%,news,"{""page"":3,""tags"":[""x""]}"\r\n');
    const tsv = run(['--input-format', 'jsonl', '-f', 'tsv', '--fields', 'text,value', '--keep', 'date,kind'], A);
    expect(tsv.stdout).toBe('text\tvalue\tdate\tkind\n8.2%\t8.2\t2024-07-18\tnews\n');
    const json = JSON.parse(run(['--input-format', 'jsonl', '-f', 'json', '--fields', 'text', '--keep', 'date'], A).stdout);
    expect(json).toEqual([{ text: '8.2%', date: '2024-07-18' }]);
  });

  it('refuses a name of a record field, and plain-text input (usage, status 2, nothing written)', () => {
    for (const bad of ['text', 'doc', 'period_norm', 'what', 'date,date', '__proto__']) {
      const r = run([...STAGE, '--keep', bad], A);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/--keep/);
    }
    const t = run(['-f', 'jsonl', '--keep', 'date'], '签约项目47个');
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/--keep .*--input-format jsonl/);
  });
});

describe('--on-error: what a bad line or input does', () => {
  const input = [A, '{"id": "broken", "text": ', JSON.stringify({ id: 'c', body: 'no text field' }), B].join('\n') + '\n';

  it('report (the default): stderr, status 2, the good lines still read', () => {
    for (const args of [STAGE, [...STAGE, '--on-error', 'report']]) {
      const r = run(args, input);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^cnmetrics: -:2: not valid JSON/m);
      expect(r.stderr).toMatch(/^cnmetrics: -:3: no "text" field/m);
      expect(jsonl(r.stdout).map((x) => x.text)).toEqual(['8.2%', '47个', '292亿元']);
    }
  });

  it('skip: the same stderr and records, status 0', () => {
    const r = run([...STAGE, '--on-error', 'skip'], input);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^cnmetrics: -:2: not valid JSON/m);
    expect(jsonl(r.stdout).map((x) => x.text)).toEqual(['8.2%', '47个', '292亿元']);
  });

  it('record: one {doc, error, line} object on stdout in the bad line\'s place, nothing on stderr, status 0', () => {
    const r = run([...STAGE, '--on-error', 'record'], input);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = jsonl(r.stdout);
    expect(out.map((x) => x.text ?? x.error)).toEqual(['8.2%', expect.stringMatching(/^not valid JSON/), 'no "text" field (choose one with --text-field)', '47个', '292亿元']);
    // a line that is not JSON is named by its input; an object with an id by that id
    expect(Object.keys(out[1])).toEqual(['doc', 'error', 'line']);
    expect([out[1].doc, out[1].line]).toEqual(['-', 2]);
    expect([out[2].doc, out[2].line]).toEqual(['c', 3]);
  });

  it('record: an input that cannot be read at all is a record with line null', () => {
    const r = run([...STAGE, '--on-error', 'record', '-', '/nonexistent/corpus.jsonl'], A);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toContainEqual({ doc: '/nonexistent/corpus.jsonl', error: 'no such file or directory', line: null });
    const t = run(['-f', 'jsonl', '--on-error', 'record', '/nonexistent/a.txt', '-'], '签约项目47个');
    expect(t.code).toBe(0);
    expect(jsonl(t.stdout).map((x) => x.error ?? x.text)).toEqual(['no such file or directory', '47个']);
  });

  it('record needs -f jsonl: a usage error otherwise', () => {
    const r = run(['--input-format', 'jsonl', '-f', 'csv', '--on-error', 'record'], A);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--on-error record .*-f jsonl/);
    expect(run([...STAGE, '--on-error', 'ignore'], A).code).toBe(2);
  });

  it('record: error objects keep their place when worker threads read the records (-j 2)', () => {
    // 16 copies (4.6 MB) in a named file over 4 MB: the workers start at once
    const corpus = readFixture('news-econ-2023.jsonl').trim().split('\n');
    const lines: string[] = [];
    const COPIES = 16;
    for (let k = 0; k < COPIES; k++) lines.push(...corpus.map((l) => l.replace(/"id": "/, `"id": "${k}/`)), `not json ${k}`);
    const file = join(mkdtempSync(join(tmpdir(), 'cnm-stage-')), 'corpus.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    expect(statSync(file).size).toBeGreaterThan(4 * 1024 * 1024);
    const one = run([...STAGE, '--on-error', 'record', '-j', '1', file]);
    const two = run([...STAGE, '--on-error', 'record', '-j', '2', file]);
    expect(one.code).toBe(0);
    expect(two.stdout === one.stdout).toBe(true);
    const out = jsonl(one.stdout);
    const errs = out.map((x, i) => [x, i] as const).filter(([x]) => 'error' in x);
    expect(errs.map(([x]) => x.line)).toEqual(Array.from({ length: COPIES }, (_, k) => (k + 1) * (corpus.length + 1)));
    // each error sits right after the last record of the copy before it
    for (const [x, i] of errs) {
      const copy = (x.line as number) / (corpus.length + 1) - 1;
      expect(String(out[i - 1].doc).startsWith(`${copy}/`)).toBe(true);
      if (i + 1 < out.length) expect(String(out[i + 1].doc).startsWith(`${copy + 1}/`)).toBe(true);
    }
  }, 60_000);
});

describe('records without an id', () => {
  it('are named sha1: and 16 hex digits of their text, whatever line they stand on', () => {
    const text = '签约项目47个，总投资额292亿元。';
    const alone = jsonl(run(STAGE, JSON.stringify({ text })).stdout);
    const later = jsonl(run(STAGE, [A, A, JSON.stringify({ text, other: 1 })].join('\n')).stdout);
    expect(alone[0].doc).toBe(sha(text));
    expect(later.at(-1)!.doc).toBe(sha(text));
    // an id that is a number is its decimal form; an id of another type is no id
    expect(jsonl(run(STAGE, JSON.stringify({ id: 7, text })).stdout)[0].doc).toBe('7');
    expect(jsonl(run(STAGE, JSON.stringify({ id: null, text })).stdout)[0].doc).toBe(sha(text));
  });
});

/** A small deterministic PRNG (mulberry32), so a failing split can be reproduced from its seed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a split run equals one run', () => {
  // The corpus fixture, every fifth record without its id, and one line that is not JSON.
  const lines = readFixture('news-econ-2023.jsonl').trim().split('\n').map((l, i) => {
    if (i % 5 !== 2) return l;
    const { id: _id, ...rest } = JSON.parse(l) as Record<string, unknown>;
    return JSON.stringify(rest);
  });
  lines.splice(57, 0, '{"id": "cut-off", "text": "今年上半年');
  const args = [...STAGE, '--keep', 'date,kind', '-j', '1'];

  /** Cut the lines at `parts - 1` random line boundaries; returns each part's first line (0-based). */
  const cuts = (rand: () => number, parts: number): number[] => {
    const at = new Set<number>();
    while (at.size < parts - 1) at.add(1 + Math.floor(rand() * (lines.length - 1)));
    return [0, ...[...at].sort((a, b) => a - b)];
  };

  it.each([[1, 'skip'], [2, 'record'], [3, 'report']])('seed %i, --on-error %s: separate processes on random parts, concatenated', (seed, mode) => {
    const whole = run([...args, '--on-error', mode], lines.join('\n') + '\n');
    expect(whole.code).toBe(mode === 'report' ? 2 : 0);
    const recs = jsonl(whole.stdout);
    expect(recs.filter((x) => String(x.doc).startsWith('sha1:')).length).toBeGreaterThan(10);
    expect(recs.every((x) => 'error' in x || ('date' in x && 'kind' in x))).toBe(true);
    const starts = cuts(rng(seed), 4);
    let out = '';
    for (let p = 0; p < starts.length; p++) {
      const part = lines.slice(starts[p], starts[p + 1] ?? lines.length);
      const r = run([...args, '--on-error', mode], part.join('\n') + '\n');
      // an error record's line counts in its part's input: shifted, it is the whole input's
      out += r.stdout.split('\n').filter(Boolean).map((l) => {
        const x = JSON.parse(l) as Record<string, unknown>;
        return 'error' in x ? JSON.stringify({ ...x, line: (x.line as number) + starts[p] }) : l;
      }).map((l) => l + '\n').join('');
    }
    expect(out === whole.stdout).toBe(true);
    if (mode === 'record') expect(recs.filter((x) => 'error' in x)).toEqual([{ doc: '-', error: expect.stringMatching(/^not valid JSON/), line: 58 }]);
  }, 60_000);
});
