/**
 * One test per row of the README's 'When an input is bad' table: the real CLI as a child process, checking stderr,
 * stdout and the exit status. A bad input must cost only its own records.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, closeSync, cpSync, existsSync, openSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { FIELDS } from '../src/types.js';
import { ROOT, fixture, readFixture } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const SAMPLE = fixture('gaoxin-zones-2024.txt');
const SAMPLE_TEXT = readFixture('gaoxin-zones-2024.txt');

function run(args: string[], input: string | Buffer = '', opts: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...opts,
  });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A temp dir others can enter, so the permission test can run as another user. */
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'cnm-err-'));
  chmodSync(d, 0o755);
  return d;
}

/** bin/, dist/, package.json and the runtime dependencies (not the dev ones) copied into dir/app. */
function portableCopy(dir: string): string {
  const app = join(dir, 'app');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(app, part), { recursive: true });
  const todo = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies ?? {});
  const seen = new Set<string>();
  while (todo.length > 0) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const from = join(ROOT, 'node_modules', name);
    if (!existsSync(from)) continue;
    cpSync(from, join(app, 'node_modules', name), { recursive: true });
    const pkg = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8'));
    todo.push(...Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }));
  }
  for (const p of [dir, app]) chmodSync(p, 0o755);
  return app;
}

const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const sampleRecords = jsonl(run(['-f', 'jsonl', SAMPLE]).stdout);

/** The records of the good input are all there, unchanged, whatever happened to the bad one. */
function expectSampleRecords(stdout: string) {
  const recs = jsonl(stdout).filter((r) => r.doc === SAMPLE);
  expect(recs.length).toBeGreaterThan(40);
  expect(recs).toEqual(sampleRecords);
}

describe('bad inputs: one line on stderr, the other inputs still processed, exit 2', () => {
  it('a missing file', () => {
    const r = run(['-f', 'jsonl', '/nonexistent/x.txt', SAMPLE]);
    expect(r.stderr).toBe('cnmetrics: /nonexistent/x.txt: no such file or directory\n');
    expectSampleRecords(r.stdout);
    expect(r.code).toBe(2);
  });

  it('a directory with no text files', () => {
    const d = tmp();
    writeFileSync(join(d, 'data.json'), '{}');
    const r = run(['-f', 'jsonl', d, SAMPLE]);
    expect(r.stderr).toBe(`cnmetrics: ${d}: no text files (.txt .md .text .html .htm) in this directory\n`);
    expectSampleRecords(r.stdout);
    expect(r.code).toBe(2);
  });

  it('permission denied', () => {
    const d = tmp();
    const f = join(d, 'secret.txt');
    writeFileSync(f, '增长8.2%');
    chmodSync(f, 0o000);
    if (process.getuid?.() !== 0) {
      const r = run(['-f', 'jsonl', f, SAMPLE]);
      expect(r.stderr).toBe(`cnmetrics: ${f}: permission denied\n`);
      expectSampleRecords(r.stdout);
      expect(r.code).toBe(2);
      return;
    }
    // Root reads anything, so the CLI runs as nobody. Nobody may not be able to enter the
    // checkout (a clone in a private folder), so it runs a copy of the built CLI with its
    // runtime dependencies from a folder everyone can read, on a copy of the sample.
    const app = portableCopy(d);
    const sample = join(d, 'sample.txt');
    writeFileSync(sample, SAMPLE_TEXT);
    const r = spawnSync(process.execPath, [join(app, 'bin', 'cnmetrics.js'), '-f', 'jsonl', f, sample], {
      encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, uid: 65534, gid: 65534, cwd: d,
    });
    expect(r.stderr).toBe(`cnmetrics: ${f}: permission denied\n`);
    const recs = jsonl(r.stdout).filter((x) => x.doc === sample).map((x) => ({ ...x, doc: SAMPLE }));
    expect(recs).toEqual(sampleRecords);
    expect(r.status).toBe(2);
  });

  it('a binary file (NUL bytes in the first 8 KB, not UTF-16)', () => {
    const d = tmp();
    const f = join(d, 'image.txt');
    writeFileSync(f, Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]));
    const r = run(['-f', 'jsonl', f, SAMPLE]);
    expect(r.stderr).toBe(`cnmetrics: ${f}: binary file, not text (NUL byte at byte offset 8)\n`);
    expectSampleRecords(r.stdout);
    expect(r.code).toBe(2);
  });

  it('a PDF, a ZIP (.docx) or a gzip file, with a hint what to do', () => {
    const d = tmp();
    const pdf = join(d, 'report.pdf'), docx = join(d, 'report.docx'), gz = join(d, 'a.txt.gz');
    writeFileSync(pdf, '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n');
    writeFileSync(docx, Buffer.from([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    writeFileSync(gz, Buffer.from([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]));
    const r = run(['-f', 'jsonl', pdf, docx, gz, SAMPLE]);
    expect(r.stderr).toBe(
      `cnmetrics: ${pdf}: a PDF document, not text; extract its text first (e.g. pdftotext FILE -)\n` +
      `cnmetrics: ${docx}: a ZIP archive (or .docx/.xlsx), not text; save it as plain text first\n` +
      `cnmetrics: ${gz}: gzip-compressed; decompress it first (e.g. zcat FILE | cnmetrics)\n`,
    );
    expectSampleRecords(r.stdout);
    expect(r.code).toBe(2);
  });

  it('a file over the size limit (--max-size), and standard input over it', () => {
    const d = tmp();
    const big = join(d, 'big.txt');
    writeFileSync(big, '增长8.2%。'.repeat(300)); // 3900 bytes
    const r2 = run(['-f', 'jsonl', '--max-size', '2K', big]);
    expect(r2.stderr).toBe(`cnmetrics: ${big}: too large: 3.8 KiB, over the 2 KiB limit (raise it with --max-size)\n`);
    expect(r2.stdout).toBe('');
    expect(r2.code).toBe(2);
    const small = join(d, 'small.txt');
    writeFileSync(small, '签约项目47个。');
    const r3 = run(['-f', 'jsonl', '--max-size', '2K', big, small]);
    expect(r3.stderr).toBe(`cnmetrics: ${big}: too large: 3.8 KiB, over the 2 KiB limit (raise it with --max-size)\n`);
    expect(jsonl(r3.stdout).map((x) => [x.doc, x.text])).toEqual([[small, '47个']]);
    expect(r3.code).toBe(2);
    const r4 = run(['-f', 'jsonl', '--max-size', '1K'], SAMPLE_TEXT);
    expect(r4.stderr).toMatch(/^cnmetrics: -: too large: more than [\d.]+ (KiB|bytes), over the 1 KiB limit \(raise it with --max-size\)\n$/);
    expect(r4.stdout).toBe('');
    expect(r4.code).toBe(2);
  });

  it('standard input that is a directory (cnmetrics < dir)', () => {
    const d = tmp();
    const fd = openSync(d, 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, '-f', 'jsonl', '-', SAMPLE], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
      expect(r.stderr).toBe('cnmetrics: -: is a directory\n');
      expectSampleRecords(r.stdout);
      expect(r.status).toBe(2);
    } finally {
      closeSync(fd);
    }
  });

  it('all of them at once: every bad input reported in order, every good record printed', () => {
    const d = tmp();
    const bin = join(d, 'b.txt');
    writeFileSync(bin, Buffer.from([0x00, 0x01, 0x02]));
    const r = run(['-f', 'jsonl', '/nonexistent/a.txt', bin, SAMPLE]);
    expect(r.stderr).toBe(`cnmetrics: /nonexistent/a.txt: no such file or directory\ncnmetrics: ${bin}: binary file, not text (NUL byte at byte offset 0)\n`);
    expectSampleRecords(r.stdout);
    expect(r.code).toBe(2);
  });
});

describe('inputs that are read, with or without a warning: exit 0', () => {
  it('an empty file is valid input with no records and no message', () => {
    const d = tmp();
    const e = join(d, 'empty.txt');
    writeFileSync(e, '');
    const r = run(['-f', 'jsonl', e, SAMPLE]);
    expect(r.stderr).toBe('');
    expectSampleRecords(r.stdout);
    expect(r.code).toBe(0);
    const alone = run(['-f', 'tsv', e]);
    expect(alone).toMatchObject({ code: 0, stderr: '', stdout: FIELDS.join('\t') + '\n' });
  });

  it('invalid bytes: a warning naming the file and byte offset, the text still processed', () => {
    const d = tmp();
    const f = join(d, 'gb.txt');
    const good = iconv.encode('重庆高新区今年上半年地区生产总值同比增长8.2%，', 'gb18030');
    writeFileSync(f, Buffer.concat([good, Buffer.from([0xFF]), iconv.encode('签约项目47个。', 'gb18030')]));
    const r = run(['-f', 'jsonl', '--encoding', 'gb18030', f]);
    expect(r.stderr).toBe(`cnmetrics: ${f}: invalid GB18030 bytes at byte offset ${good.length}; replaced with U+FFFD\n`);
    expect(jsonl(r.stdout).map((x) => x.text)).toEqual(['8.2%', '47个']);
    expect(r.code).toBe(0);
    const u = join(d, 'cut.txt');
    const bytes = Buffer.from('签约项目47个。增', 'utf8');
    writeFileSync(u, bytes.subarray(0, bytes.length - 1));
    const r2 = run(['-f', 'jsonl', u]);
    expect(r2.stderr).toBe(`cnmetrics: ${u}: invalid UTF-8 bytes at byte offset ${bytes.length - 3}; replaced with U+FFFD\n`);
    expect(jsonl(r2.stdout).map((x) => x.text)).toEqual(['47个']);
    expect(r2.code).toBe(0);
  });

  it('a legacy file that is neither recognizably GB18030 nor Big5: a warning, never silent mojibake', () => {
    const d = tmp();
    const f = join(d, 'latin1.txt');
    writeFileSync(f, Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e\n', 'latin1'));
    const r = run(['-f', 'jsonl', f]);
    expect(r.stderr).toBe(`cnmetrics: ${f}: not UTF-8, and not recognizably GB18030 or Big5 either; read as GB18030 — pass --encoding if the text is garbled\n`);
    expect(r.code).toBe(0);
  });

  it('GB18030, UTF-16 LE/BE (BOM) and UTF-8 with BOM copies of the sample give the same records', () => {
    const base = sampleRecords.map(({ doc: _d, ...rest }) => rest);
    for (const name of ['gaoxin-zones-2024.gb18030.txt', 'gaoxin-zones-2024.utf16le.txt', 'gaoxin-zones-2024.utf16be.txt', 'gaoxin-zones-2024.utf8-bom.txt']) {
      const path = fixture(join('encodings', name));
      const r = run(['-f', 'jsonl', path]);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      expect(jsonl(r.stdout).map(({ doc: _d, ...rest }) => rest), name).toEqual(base);
      // The same bytes on standard input.
      const s = run(['-f', 'jsonl'], readFileSync(path));
      expect(jsonl(s.stdout).map(({ doc: _d, ...rest }) => rest), `${name} on stdin`).toEqual(base);
    }
  });

  it('a Big5 file is detected; --encoding overrides detection', () => {
    const b5 = fixture('encodings/taiwan-park.big5.txt');
    const r = run(['-f', 'tsv', '--no-header', '--fields', 'text,value', b5]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('6,250億元\t625000000000\n12.5%\t12.5\n');
    const forced = run(['-f', 'tsv', '--no-header', '--fields', 'text', '--encoding', 'big5'], iconv.encode('增長12.5%。', 'big5'));
    expect(forced).toMatchObject({ code: 0, stderr: '', stdout: '12.5%\n' });
  });

  it('HTML: visible text only; offsets refer to the extracted text; directories include .html', () => {
    const d = tmp();
    writeFileSync(join(d, 'page.html'), `<!DOCTYPE html><html><head><title>增长99%</title><script>var a="增长98%";</script>
<style>.x{width:97%}</style></head><body><!-- 增长96% --><h1>珠海高新区</h1>
<p>今年上半年，GDP同比增长<b>8.2</b>%，签约项目&#52;7个。</p></body></html>`);
    const r = run(['-f', 'jsonl', d]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => x.text)).toEqual(['8.2%', '47个']);
    const shown = '珠海高新区\n\n今年上半年，GDP同比增长8.2%，签约项目47个。\n';
    for (const x of recs) expect([...shown].slice(x.start, x.end).join('')).toBe(x.text);
    expect(recs[0].line).toBe(3);
    // Recognised by content on standard input too.
    const s = run(['-f', 'tsv', '--no-header', '--fields', 'text'], '<html><body><p>增长<i>8.2%</i></p><script>增长9%</script></body></html>');
    expect(s).toMatchObject({ code: 0, stderr: '', stdout: '8.2%\n' });
  });
});

describe('bad command lines: usage on stderr, exit 2', () => {
  // `--encoding klingon` is one of these and has a test of its own: one run serves both
  const runs = new Map<string, ReturnType<typeof run>>();
  const runOnce = (args: string[]) => {
    const key = JSON.stringify(args);
    if (!runs.has(key)) runs.set(key, run(args));
    return runs.get(key)!;
  };

  it.each([
    [['--format', 'xml']], [['--type', 'money']], [['--bogus']], [['--fields', 'nope']], [['--year', '24']],
    [['--encoding', 'klingon']], [['--max-size', 'lots']],
  ])('%j', (args) => {
    const r = runOnce([...args, SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^(error: |cnmetrics: )/);
    expect(r.stderr).toMatch(/--help/);
  });

  it('names the unknown encoding', () => {
    expect(runOnce(['--encoding', 'klingon', SAMPLE]).stderr).toBe('cnmetrics: unknown encoding "klingon" (try utf-8, utf-16le, utf-16be, gb18030, big5)\n(run cnmetrics --help for usage)\n');
  });
});

describe('output: closed pipes, atomic files, injection, terminal safety', () => {
  const big = join(tmp(), 'big.txt');
  writeFileSync(big, SAMPLE_TEXT.repeat(200));
  // The table is laid out only once every row is known, and 10,000 rows take it many seconds:
  // 20 copies test the same closed pipe.
  const big20 = join(tmp(), 'big20.txt');
  writeFileSync(big20, SAMPLE_TEXT.repeat(20));

  it.each(['csv', 'tsv', 'jsonl', 'json', 'table', 'md'])('a closed stdout (| head -1) on 200 copies of the sample: quiet exit 0 (%s)', (fmt) => {
    const input = fmt === 'table' ? big20 : big;
    const r = spawnSync('bash', ['-c', `node '${BIN}' -f ${fmt} '${input}' | head -1; exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.status).toBe(0);
  }, 30_000);

  it('and the same through standard input', () => {
    const r = spawnSync('bash', ['-c', `cat '${big}' | node '${BIN}' -f csv | head -1; exit "\${PIPESTATUS[1]}"`], { encoding: 'utf8' });
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toBe(FIELDS.join(',') + '\r\n');
  });

  it('-o: SIGINT mid-run leaves neither the output nor a temporary file', async () => {
    const d = tmp();
    const out = join(d, 'out.csv');
    const child = spawn(process.execPath, [BIN, '-f', 'csv', '-o', out, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write(SAMPLE_TEXT); // and keep stdin open: the run is mid-way
    const t0 = Date.now();
    // a wait, not a limit: a loaded machine may take long to start node
    while (readdirSync(d).length === 0 && Date.now() - t0 < 60_000) await new Promise((res) => setTimeout(res, 20));
    expect(readdirSync(d)).toHaveLength(1); // the temporary file exists
    expect(readdirSync(d)[0]).toMatch(/^\.out\.csv\.\d+\.tmp$/);
    const done = new Promise<[number | null, string | null]>((res) => child.on('exit', (c, s) => res([c, s])));
    child.kill('SIGINT');
    const [code, signal] = await done;
    expect(signal ?? code).toBe('SIGINT');
    expect(readdirSync(d)).toEqual([]);
  });

  it('-o: an error that aborts the run leaves neither the output nor a temporary file', () => {
    const d = tmp();
    const out = join(d, 'out.csv');
    // The sink as runExtract uses it, then a crash half-way (an uncaught exception).
    const script = `
      const { fileSink } = await import(${JSON.stringify(join(ROOT, 'dist/cli/output.js'))});
      const sink = fileSink(${JSON.stringify(out)});
      sink.write('doc,type\\r\\n-,percent\\r\\n');
      throw new Error('boom');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('boom');
    expect(readdirSync(d)).toEqual([]);
  });

  it('-o: a bad input still writes the good records, atomically, and exits 2', () => {
    const d = tmp();
    const out = join(d, 'out.jsonl');
    const r = run(['-f', 'jsonl', '-o', out, '/nonexistent/x.txt', SAMPLE]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'cnmetrics: /nonexistent/x.txt: no such file or directory\n' });
    expectSampleRecords(readFileSync(out, 'utf8'));
    expect(readdirSync(d)).toEqual(['out.jsonl']);
  });

  it('-o into a folder that does not exist: one line, exit 2', () => {
    const out = join(tmp(), 'no', 'such', 'out.csv');
    const r = run(['-f', 'csv', '-o', out, SAMPLE]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `cnmetrics: ${out}: cannot write: no such file or directory\n` });
    expect(existsSync(out)).toBe(false);
  });

  it('CSV/TSV: text cells starting with = + - @ are neutralized; numeric cells stay numbers', () => {
    const d = tmp();
    mkdirSync(join(d, 'in'));
    const f = join(d, 'in', '=cmd.txt');
    writeFileSync(f, '利润-1,234.56万元。\n=HYPERLINK("http://x","y") 增长8.2%。\n@SUM(A1) 增长8.3%。\n+cmd 增长8.4%。\n');
    const r = run(['-f', 'csv', '--fields', 'doc,text,value,sentence', f]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const rows: string[][] = parse(r.stdout);
    expect(rows.slice(1)).toEqual([
      [`${f}`, "'-1,234.56万元", '-12345600', '利润-1,234.56万元。'],
      [`${f}`, '8.2%', '8.2', `'=HYPERLINK("http://x","y")增长8.2%。`],
      [`${f}`, '8.3%', '8.3', "'@SUM(A1)增长8.3%。"],
      [`${f}`, '8.4%', '8.4', "'+cmd增长8.4%。"],
    ]);
    // The doc cell starts with "/" here; a relative name that starts with "=" is neutralized too.
    const rel = run(['-f', 'tsv', '--no-header', '--fields', 'doc,value', '=cmd.txt'], '', { cwd: join(d, 'in') });
    expect(rel.stdout.split('\n')[0]).toBe("'=cmd.txt\t-12345600");
    // Names that start with a tab or CR are neutralized too (TSV turns the tab into a space).
    writeFileSync(join(d, 'in', '\tx.txt'), '签约项目47个。');
    writeFileSync(join(d, 'in', '\rx.txt'), '签约项目47个。');
    const ctl = run(['-f', 'csv', '--no-header', '--fields', 'doc,value', '\tx.txt', '\rx.txt'], '', { cwd: join(d, 'in') });
    expect(parse(ctl.stdout)).toEqual([["'\tx.txt", '47'], ["'\rx.txt", '47']]);
  });

  it('table and md: escape and control characters from the input never reach the terminal raw', () => {
    const input = '\x1b[31m重庆高新区\x1b]0;pwned\x07GDP同比增长8.2%\x07，\u202e签约项目47个\x9b2J。';
    for (const fmt of ['table', 'md']) {
      const r = run(['-f', fmt, '--fields', 'text,value,sentence,region'], input, { env: { ...process.env, NO_COLOR: '1', COLUMNS: '300' } });
      expect(r.code, fmt).toBe(0);
      // eslint-disable-next-line no-control-regex
      expect(r.stdout, fmt).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      expect(r.stdout, fmt).toContain('\\x1b[31m');
      expect(r.stdout, fmt).toContain('\\x07');
      expect(r.stdout, fmt).toContain('8.2%');
    }
  });
});
