/**
 * Issue 14: every option in every format and command, with honest errors. Each test runs the
 * real CLI (bin/cnmetrics.js) the way a new user would, or the library through its package entry.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import stringWidth from 'string-width';
import { ROOT, fixture, readFixture } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const SAMPLE = fixture('gaoxin-zones-2024.txt');
const NEWS = fixture('news-econ-2023.jsonl');

function run(args: string[], o: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string; stdout?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: o.input ?? '', encoding: 'utf8', cwd: o.cwd, maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: undefined, ...o.env },
    ...(o.stdout !== undefined ? { stdio: ['pipe', o.stdout, 'pipe'] } : {}),
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'cnm-opt-'));
const lines = (s: string) => s.trim().split('\n').filter(Boolean);

describe('--fields in every format', () => {
  it('`what` (the derived column the help lists) works in csv, tsv, jsonl and json too', () => {
    for (const f of ['csv', 'tsv', 'jsonl', 'json', 'md', 'table']) {
      const r = run(['-f', f, '--fields', 'line,text,what', SAMPLE]);
      expect(r.stderr, f).toBe('');
      expect(r.code, f).toBe(0);
      expect(r.stdout, f).toContain('合同投资额');
    }
    const r = run(['-f', 'jsonl', '--fields', 'text,what', '-t', 'count', SAMPLE]);
    expect(JSON.parse(lines(r.stdout)[0])).toEqual({ text: expect.any(String), what: expect.any(String) });
  });

  it('an unknown field is a usage error (exit 2) in every format, never an internal error', () => {
    for (const f of ['csv', 'tsv', 'jsonl', 'json', 'md', 'table']) {
      const r = run(['-f', f, '--fields', 'line,nope', SAMPLE]);
      expect(r.code, f).toBe(2);
      expect(r.stderr, f).toMatch(/unknown field "nope"/);
      expect(r.stderr, f).not.toMatch(/internal/);
    }
  });
});

describe('write errors', () => {
  it('a full disk (stdout to /dev/full) is a plain message and exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const fd = openSync('/dev/full', 'w');
    try {
      for (const args of [['-f', 'tsv', SAMPLE], ['summary', '-f', 'tsv', SAMPLE], ['highlight', SAMPLE]]) {
        const r = run(args, { stdout: fd });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toMatch(/cannot write.*no space left on device/);
        expect(r.stderr).not.toMatch(/internal/);
      }
    } finally { closeSync(fd); }
  });
});

describe('-j', () => {
  it('more jobs than cores are capped at the cores, with a warning', () => {
    const r = run(['-j', '512', '-f', 'tsv', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/-j 512: .*cores?; using \d+/);
    expect(lines(r.stdout).length).toBeGreaterThan(40);
  });
});

describe('help', () => {
  it('fits 80 columns without a word broken, lists `what` and exit status 70', () => {
    for (const args of [['--help'], ['extract', '--help'], ['summary', '--help'], ['highlight', '--help']]) {
      const r = run(args, { env: { COLUMNS: '80' } });
      expect(r.code).toBe(0);
      for (const l of r.stdout.split('\n')) expect(stringWidth(l), `${args.join(' ')}: ${l}`).toBeLessThanOrEqual(80);
      expect(r.stdout, args.join(' ')).toMatch(/\b70\b/);
    }
    const h = run(['--help'], { env: { COLUMNS: '80' } }).stdout;
    expect(h).toMatch(/--fields[\s\S]*\bwhat\b/);
  });
});

describe('library', () => {
  it('extractPieces reads an async iterable of strings or Buffers (a read stream)', async () => {
    const lib = await import('../src/index.js');
    const text = readFixture('gaoxin-zones-2024.txt');
    const whole = [...lib.extractPieces([text])].flat();
    const { createReadStream } = await import('node:fs');
    const got: unknown[] = [];
    for await (const batch of lib.extractPieces(createReadStream(SAMPLE, { highWaterMark: 1000 }))) got.push(...batch);
    expect(got).toEqual(whole);
    async function* strings() { for (let i = 0; i < text.length; i += 777) yield text.slice(i, i + 777); }
    const got2: unknown[] = [];
    for await (const batch of lib.extractPieces(strings())) got2.push(...batch);
    expect(got2).toEqual(whole);
  });

  it('extract refuses what is not a string, and unknown types, with a clear error', async () => {
    const lib = await import('../src/index.js');
    expect(() => lib.extract(null as unknown as string)).toThrow(/extract: the text must be a string, not null/);
    expect(() => lib.extract(Buffer.from('增长5%') as unknown as string)).toThrow(/Buffer.*decode/);
    expect(() => lib.extract('增长5%', { types: ['money' as 'amount'] })).toThrow(/unknown type "money".*percent, amount, count/);
    expect(() => lib.extract('增长5%', { year: 24 })).toThrow(/year/);
  });

  it('year is the fallback: a year the text states wins', async () => {
    const lib = await import('../src/index.js');
    const text = '2023年某市国民经济和社会发展统计公报\n\n今年上半年，全市GDP同比增长5.2%。';
    const [r] = lib.extract(text, { year: 2025 });
    expect(r.period_norm).toBe('2023H1');
    const [s] = lib.extract('今年上半年，全市GDP同比增长5.2%。', { year: 2025 });
    expect(s.period_norm).toBe('2025H1');
  });

  it('require("cnmetrics") works (a CommonJS entry)', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'node_modules'));
    // a package installed as a dependency: a link to this one
    spawnSync('ln', ['-s', ROOT, join(dir, 'node_modules', 'cnmetrics')]);
    const r = spawnSync(process.execPath, ['-e', "const c = require('cnmetrics'); console.log(JSON.stringify(c.extract('增长5%').map(r => r.value)), typeof c.summarize)"], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('[5] function');
  });

  it('ships a LICENSE file (MIT, as package.json says)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/MIT License[\s\S]*Permission is hereby granted/);
    expect(pkg.files).toContain('LICENSE');
  });
});

