import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { FIELDS } from '../src/types.js';
import { ROOT, fixture, readFixture } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const SAMPLE = fixture('gaoxin-zones-2024.txt');

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cnmetrics CLI', () => {
  it('reads standard input and writes CSV with a header and rows, nothing on stderr', () => {
    const r = run(['-f', 'csv'], readFixture('gaoxin-zones-2024.txt'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(FIELDS.join(','));
    expect(lines[1]).toMatch(/^-,percent,8\.2%,15,19,3,8\.2,/);
  });

  it('keeps going and exits 0 when the reader closes the pipe early (| head -2)', () => {
    const r = spawnSync('bash', ['-c', `cat '${SAMPLE}' | node '${BIN}' -f csv | head -2`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('writes JSON Lines that parse line by line, and CSV that parses back to the same records', () => {
    const jl = run(['-f', 'jsonl', SAMPLE]);
    expect(jl.code).toBe(0);
    const recs = jl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.length).toBeGreaterThan(40);
    const csv = run(['-f', 'csv', SAMPLE]);
    const rows: Record<string, string>[] = parse(csv.stdout, { columns: true });
    expect(rows).toHaveLength(recs.length);
    rows.forEach((row, i) => {
      for (const f of FIELDS) {
        const v = recs[i][f];
        expect(row[f], `${i}.${f}`).toBe(v === null ? '' : String(v));
      }
    });
  });

  it('prints amounts as plain numbers, never in exponent form', () => {
    const r = run(['-f', 'csv', '-t', 'amount'], '项目5个，超1.2万亿元。');
    expect(r.stdout).toContain(',1200000000000,');
  });

  it('filters by type and by item (project counts)', () => {
    const r = run(['-f', 'jsonl', '-t', 'count', '--item', '项目', SAMPLE]);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.length).toBeGreaterThan(10);
    for (const x of recs) { expect(x.type).toBe('count'); expect(x.item).toContain('项目'); }
    expect(recs.map((x) => x.value)).toContain(47);
  });

  it('chooses and orders columns with --fields, and drops the header with --no-header', () => {
    const r = run(['-f', 'tsv', '--fields', 'value,unit,text', '--no-header'], '到位资金190亿元，同比增长41.5%。');
    expect(r.stdout).toBe('19000000000\tCNY\t190亿元\n41.5\t%\t41.5%\n');
  });

  it('writes a UTF-8 BOM with --bom, and to a file with -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cnm-'));
    const out = join(dir, 'm.csv');
    const r = run(['-f', 'csv', '--bom', '-o', out, SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const body = readFileSync(out, 'utf8');
    expect(body.charCodeAt(0)).toBe(0xfeff);
    expect(body).toContain('292亿元');
    expect(readdirSync(dir)).toEqual(['m.csv']); // no temporary file left behind
  });

  it('defaults to TSV when stdout is not a terminal', () => {
    const r = run([SAMPLE]);
    expect(r.stdout.split('\n')[0]).toBe(FIELDS.join('\t'));
  });

  it('reads directories recursively (txt, md, text) and names each record by its file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cnm-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), '签约项目47个。');
    writeFileSync(join(dir, 'sub', 'b.md'), '总投资额292亿元。');
    writeFileSync(join(dir, 'c.json'), '{"x": "增长8.2%"}');
    const r = run(['-f', 'jsonl', dir]);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => [x.doc, x.text])).toEqual([[join(dir, 'a.txt'), '47个'], [join(dir, 'sub', 'b.md'), '292亿元']]);
  });

  it('reports a missing file on stderr, still prints the other records, and exits 2', () => {
    const r = run(['-f', 'jsonl', '/nonexistent/x.txt', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cnmetrics: /nonexistent/x.txt: no such file or directory\n');
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(40);
  });

  it('rejects bad options with usage on stderr and exit 2', () => {
    for (const args of [['--format', 'xml'], ['--type', 'money'], ['--bogus'], ['--fields', 'nope'], ['--year', '24']]) {
      const r = run(args, 'x');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/error|cnmetrics:/);
    }
  });

  it('ends quietly when the reader of --help goes away (| head -c 10)', () => {
    const r = spawnSync('bash', ['-c', `node '${BIN}' --help | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).toBe('');
  });

  it('reads traditional Chinese: 個 is a measure word, 新臺幣 is TWD', () => {
    const r = run(['-f', 'tsv', '--no-header', '--fields', 'text,value,unit'], '簽約項目47個，總投資新臺幣6,250億元。');
    expect(r.stdout).toBe('47個\t47\t個\n新臺幣6,250億元\t625000000000\tTWD\n');
  });

  // `script` gives the CLI a terminal on stdin, as a person typing `cnmetrics` alone would.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.runIf(hasScript)('with no input and a terminal on stdin, prints help on stderr and exits 2', () => {
    const r = spawnSync('script', ['-qec', `node '${BIN}' 2>/dev/null; echo "rc=$?"; node '${BIN}' >/dev/null`, '/dev/null'], { encoding: 'utf8' });
    expect(r.stdout).toContain('rc=2');
    expect(r.stdout).toContain('Usage: cnmetrics extract');
    expect(r.stdout.indexOf('Usage')).toBeGreaterThan(r.stdout.indexOf('rc=2')); // help came from stderr
  });

  it('prints the version and help with examples on stdout, exit 0', () => {
    const v = run(['-V']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
    // the default command's options are in the first help, not only under `extract --help`
    expect(h.stdout).toMatch(/Options of extract, the default command:[\s\S]*-f, --format[\s\S]*-j, --jobs[\s\S]*--year/);
  });

  it('prints a table with the metric values when asked', () => {
    const r = run(['-f', 'table', SAMPLE], undefined, { COLUMNS: '160' });
    expect(r.stdout).toContain('292亿 CNY');
    expect(r.stdout).not.toContain('\x1b[');
    expect(existsSync(SAMPLE)).toBe(true);
    // a piped table takes its width from $COLUMNS
    const narrow = run(['-f', 'table', SAMPLE], undefined, { COLUMNS: '70' });
    for (const line of narrow.stdout.trimEnd().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(70);
  });
});
