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
import { PROGRESS_MIN_BYTES } from '../src/cli/progress.js';

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
    const helps = [['--help'], ['extract', '--help'], ['summary', '--help'], ['highlight', '--help']].map((args) => {
      const r = run(args, { env: { COLUMNS: '80' } });
      expect(r.code).toBe(0);
      for (const l of r.stdout.split('\n')) expect(stringWidth(l), `${args.join(' ')}: ${l}`).toBeLessThanOrEqual(80);
      expect(r.stdout, args.join(' ')).toMatch(/\b70\b/);
      return r.stdout;
    });
    const serve = run(['serve', '--help'], { env: { COLUMNS: '80' } }).stdout;
    for (const l of serve.split('\n')) expect(stringWidth(l), `serve --help: ${l}`).toBeLessThanOrEqual(80);
    expect(helps[0]).toMatch(/--fields[\s\S]*\bwhat\b/); // --help
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


describe('JSON Lines in any encoding', () => {
  const want = run(['-f', 'jsonl', '--input-format', 'jsonl', NEWS]).stdout;
  const dir = tmp();
  it.each([
    ['gb18030', [] as string[]],
    ['gb18030', ['--encoding', 'gbk']],
    ['utf-16le', []],
    ['utf-16be', []],
  ])('%s %s: the same records as UTF-8, nothing said', (enc, extra) => {
    const f = join(dir, `news-${enc}-${extra.length}.jsonl`);
    writeFileSync(f, iconv.encode(readFileSync(NEWS, 'utf8'), enc, { addBOM: enc.startsWith('utf-16') }));
    const r = run(['-f', 'jsonl', '--input-format', 'jsonl', ...extra, f]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(want);
  });

  it('a large GB18030 corpus (past the first block) is streamed with the same records', () => {
    const f = join(dir, 'big-gb.jsonl');
    // the corpus, blank lines (skipped), the corpus again: the block a decoder is chosen on (1 MiB)
    // and the 64 KiB read after it end inside the second copy
    const corpus = readFileSync(NEWS, 'utf8');
    const head = iconv.encode(corpus + (' '.repeat(1023) + '\n').repeat(786), 'gb18030');
    const bytes = Buffer.concat([head, iconv.encode(corpus, 'gb18030')]);
    expect(head.length).toBeLessThan(1 << 20);
    expect(bytes.length).toBeGreaterThan((1 << 20) + (1 << 16));
    writeFileSync(f, bytes);
    const r = run(['-f', 'jsonl', '-j', '1', f]);
    expect(r.stderr).toBe('');
    // each line is a document of its own: two copies of the corpus give two copies of its records
    expect(r.stdout === want.repeat(2)).toBe(true);
  });

  it('*.jsonl is read as JSON Lines without --input-format; --input-format text reads it as text', () => {
    const r = run(['-f', 'tsv', '--fields', 'doc', NEWS]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[1]).toBe('documents_dup_part_10_part_1:814');
    const t = run(['-f', 'tsv', '--fields', 'doc,indicator', '--input-format', 'text', NEWS]);
    expect(lines(t.stdout)[1]).toMatch(/^\/.*news-econ-2023\.jsonl\t/);
  });

  it('a wrong --text-field is said once, with the fields found, and exit 2', () => {
    const r = run(['-f', 'tsv', '--text-field', 'content', NEWS]);
    expect(r.code).toBe(2);
    const said = lines(r.stderr);
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/:1: no "content" field \(fields found: "id", "date", "kind", "text".*choose one with --text-field\)/);
    expect(said[1]).toMatch(/119 more lines without a "content" field/);
  });

  it('said once on stderr, but --on-error record still writes a record for every such line; --keep needs no --input-format for *.jsonl', () => {
    const r = run(['-f', 'jsonl', '--text-field', 'content', '--on-error', 'record', NEWS]);
    expect(r.stderr).toMatch(/^cnmetrics: .*119 more lines without a "content" field\n$/);
    expect(lines(r.stdout).map((l) => JSON.parse(l)).filter((x) => x.error)).toHaveLength(120);
    const k = run(['-f', 'jsonl', '--keep', 'date', NEWS]);
    expect(k.code).toBe(0);
    expect(JSON.parse(lines(k.stdout)[0]).date).toBe('2023-08-11');
  });
});

describe('summary and highlight take the input options of extract', () => {
  it('summary of a JSON Lines corpus reads the records, not the JSON text', () => {
    const r = run(['summary', '--by', 'doc', '-f', 'jsonl', NEWS]);
    expect(r.code).toBe(0);
    const rows = lines(r.stdout).map((l) => JSON.parse(l));
    expect(rows.some((x) => x.group === 'documents_dup_part_10_part_1:814')).toBe(true);
    expect(r.stdout).not.toContain('\\"text\\"');
    expect(r.stdout).not.toMatch(/"indicator":"[^"]*\\"/);
  });

  it('summary and highlight decode with --encoding, refuse with --max-size, filter with -t, take --year and -j', () => {
    const dir = tmp();
    const gb = join(dir, 'a.txt');
    // Big5 read as GB18030 (what detection picks for these bytes) gives other characters: only --encoding reads it right
    writeFileSync(gb, iconv.encode('今年上半年，珠海高新區簽約項目10個，總投資額12億元，同比增長5%。', 'big5'));
    const s = run(['summary', '-f', 'jsonl', '--encoding', 'big5', '-t', 'amount', '--year', '2024', '-j', '1', gb]);
    expect(s.stderr).toBe('');
    const rows = lines(s.stdout).map((l) => JSON.parse(l));
    expect(rows.filter((x) => x.kind === 'total').map((x) => x.value)).toEqual([1200000000]);
    expect(rows.some((x) => x.kind === 'projects' || x.kind === 'growth')).toBe(false);
    expect(rows.find((x) => x.kind === 'total').indicator).toBe('總投資額');
    const h = run(['highlight', '--no-color', '--encoding', 'big5', '-t', 'percent', gb]);
    expect(h.stdout).toContain('總投資額12億元，同比增長⟦5%⟧');
    for (const cmd of ['summary', 'highlight']) {
      const big = run([cmd, '--max-size', '10', gb]);
      expect(big.code, cmd).toBe(2);
      expect(big.stderr, cmd).toMatch(/too large/);
    }
  });

  it('highlight shows each record of a JSON Lines corpus under its id', () => {
    const r = run(['highlight', '--no-color', NEWS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('==> documents_dup_part_10_part_1:814 <==');
    expect(r.stdout).not.toContain('"text":');
  });
});

describe('-o', () => {
  it('takes the format from the extension; -f still wins', () => {
    const dir = tmp();
    for (const [ext, test] of [
      ['csv', (s: string) => s.startsWith('doc,type,text,') && s.includes('\r\n')],
      ['tsv', (s: string) => s.startsWith('doc\ttype\ttext\t')],
      ['json', (s: string) => Array.isArray(JSON.parse(s))],
      ['jsonl', (s: string) => JSON.parse(lines(s)[0]).type !== undefined],
      ['md', (s: string) => s.startsWith('| line | type |')],
    ] as const) {
      const f = join(dir, `m.${ext}`);
      const r = run(['-o', f, SAMPLE]);
      expect(r.code, ext).toBe(0);
      expect(test(readFileSync(f, 'utf8')), ext).toBe(true);
      const s = run(['summary', '-o', f, SAMPLE]);
      expect(s.code, ext).toBe(0);
    }
    run(['-f', 'tsv', '-o', join(dir, 'x.csv'), SAMPLE]);
    expect(readFileSync(join(dir, 'x.csv'), 'utf8')).toMatch(/^doc\ttype/);
  });

  it('- is standard output, no file named -', () => {
    const dir = tmp();
    const r = run(['-f', 'csv', '-o', '-', SAMPLE], { cwd: dir });
    expect(r.stdout.startsWith('doc,type,text')).toBe(true);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('refuses to write over an input (exit 2, the input intact)', () => {
    const dir = tmp();
    const a = join(dir, 'a.txt');
    writeFileSync(a, readFixture('gaoxin-zones-2024.txt'));
    for (const cmd of [[], ['summary']]) {
      const r = run([...cmd, '-o', a, a]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is also an input.*refusing to write over it/);
      expect(readFileSync(a, 'utf8')).toBe(readFixture('gaoxin-zones-2024.txt'));
    }
  });

  it('a folder walked twice never reads its own output', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), readFixture('gaoxin-zones-2024.txt'));
    const out = join(dir, 'm.txt');
    expect(run(['-o', out, dir]).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    const again = run(['-o', out, dir]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(first);
  });
});

describe('the terminal table', () => {
  it('never cuts a number at 80 or 70 columns, and gives the words room', () => {
    for (const width of ['80', '70']) {
      const r = run(['-f', 'table', SAMPLE], { env: { COLUMNS: width } });
      for (const l of r.stdout.trimEnd().split('\n')) expect(stringWidth(l), l).toBeLessThanOrEqual(Number(width));
      expect(r.stdout).toContain('514亿 CNY');
      expect(r.stdout).not.toMatch(/\d…/);
      // region and period are read, not cut to three characters
      expect(r.stdout).toContain('重庆高新区');
    }
  });

  it('several documents: a doc column, each name once, a rule between documents', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), '珠海高新区签约项目10个。\n总投资额12亿元。');
    writeFileSync(join(dir, 'b.txt'), '重庆高新区GDP增长8.2%。');
    const r = run(['-f', 'table', dir], { env: { COLUMNS: '120' } });
    const ls = r.stdout.trimEnd().split('\n');
    expect(ls[1]).toMatch(/│ doc +│ line/);
    expect(ls.filter((l) => l.includes('a.txt'))).toHaveLength(1);
    expect(ls.filter((l) => l.startsWith('├'))).toHaveLength(1);
    expect(ls.findIndex((l) => l.startsWith('├'))).toBe(ls.findIndex((l) => l.includes('b.txt')) - 1);
    const md = run(['-f', 'md', dir]);
    expect(lines(md.stdout)[0]).toMatch(/^\| doc \| line \|/);
  });

  it('the progress bar shows bytes read while one large file is read', () => {
    const dir = tmp();
    const big = join(dir, 'big.txt');
    // prose without figures: past the size that earns a bar, and quick to read
    const text = '高新区坚持创新驱动发展，持续优化营商环境。\n';
    writeFileSync(big, text.repeat(Math.ceil((PROGRESS_MIN_BYTES + 100_000) / Buffer.byteLength(text))));
    // stderr on a terminal (script gives the command one), stdout to a file
    const r = spawnSync('script', ['-qec', `'${process.execPath}' '${BIN}' -f tsv '${big}' > /dev/null`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '100' } });
    expect(r.status).toBe(0);
    const MB = (readFileSync(big).length / 1048576).toFixed(1);
    const partial = [...r.stdout.matchAll(/\] 0\/1 files +([\d.]+)\/([\d.]+) MB/g)];
    expect(partial.length).toBeGreaterThan(0);
    expect(partial[0][2]).toBe(MB);
    expect(Number(partial[0][1])).toBeLessThan(Number(MB));
  });
});

describe('summary adds only figures of one measure', () => {
  it('never a part to its whole, signed and started projects apart, two documents apart, and says what it left out', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), '全年全市农林牧渔业总产值实现 1185.63 亿元，增长 2.3%。其中，农业总产值 773.04 亿元，牧业总产值 296.70 亿元。\n\n比年初增加586.96亿元。');
    writeFileSync(join(dir, 'b.txt'), '今年上半年，签约项目47个。41个项目实现开工，30个项目正式投用。农业总产值 773.04 亿元。');
    const r = run(['summary', '--by', 'none', '-f', 'jsonl', dir]);
    expect(r.code).toBe(0);
    const rows = lines(r.stdout).map((l) => JSON.parse(l));
    const totals = rows.filter((x) => x.kind === 'total');
    expect(totals.map((x) => [x.doc.replace(/.*\//, ''), x.indicator, x.value])).toEqual([
      ['a.txt', '农林牧渔业总产值', 118563000000], ['a.txt', '农业总产值', 77304000000], ['a.txt', '牧业总产值', 29670000000],
      ['b.txt', '农业总产值', 77304000000],
    ]);
    expect(rows.filter((x) => x.kind === 'projects').map((x) => x.value)).toEqual([47, 41, 30]);
    expect(rows.find((x) => x.kind === 'not_added').detail).toMatch(/586\.96亿元.*a change, not a level/);
    const table = run(['summary', '--by', 'none', '-f', 'table', dir], { env: { COLUMNS: '100' } }).stdout;
    expect(table).toContain('not added');
    expect(table).toMatch(/农业总产值 \(.*a\.txt\)/);
  });
});
