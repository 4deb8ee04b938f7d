/**
 * What trips up a newcomer in the first minutes (found by following the README from a fresh
 * clone): each test runs the real CLI (bin/cnmetrics.js) as a child process.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, fixture } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const SAMPLE = fixture('gaoxin-zones-2024.txt');

function run(args: string[], o: { columns?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: '', encoding: 'utf8', cwd: o.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: o.columns },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'cnm-new-'));

describe('-o with a spreadsheet workbook name', () => {
  // `-o metrics.xlsx` used to write TSV into a file Excel then refuses to open ("file format or
  // extension is not valid"): a journalist's first try at "give me a spreadsheet".
  for (const ext of ['xlsx', 'xls', 'xlsm', 'ods', 'numbers', 'XLSX']) {
    it(`.${ext} is refused with a pointer to CSV + --bom, and no file is made`, () => {
      const dir = tmp();
      const out = join(dir, `metrics.${ext}`);
      const r = run(['-o', out, SAMPLE]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/workbook/);
      expect(r.stderr).toContain('--bom');
      expect(r.stderr).toContain('metrics.csv');
      expect(existsSync(out)).toBe(false);
    });
  }

  it('also with an explicit -f, and for summary', () => {
    const dir = tmp();
    for (const args of [['-f', 'csv', '-o', join(dir, 'a.xlsx'), SAMPLE], ['summary', '-o', join(dir, 'b.xls'), SAMPLE]]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('--bom');
    }
  });

  it('look-alikes still work: .csv is CSV, an unknown extension (.txt) stays TSV, xlsx inside a name is no extension', () => {
    const dir = tmp();
    const csv = run(['-o', join(dir, 'metrics.csv'), SAMPLE]);
    expect(csv.code).toBe(0);
    expect(readFileSync(join(dir, 'metrics.csv'), 'utf8').split('\r\n')[0]).toMatch(/^doc,type,text,/);
    const txt = run(['-o', join(dir, 'metrics.txt'), SAMPLE]);
    expect(txt.code).toBe(0);
    expect(readFileSync(join(dir, 'metrics.txt'), 'utf8').split('\n')[0]).toMatch(/^doc\ttype\ttext\t/);
    const xlsxText = run(['-o', join(dir, 'xlsx.txt'), SAMPLE]);
    expect(xlsxText.code).toBe(0);
  });
});

describe('the README shows what the CLI prints', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const cells = (row: string) => row.split('│').slice(1, -1).map((c) => c.trim());

  it('the opening example: every row shown is a row of the real table', () => {
    const block = readme.split('$ cnmetrics fixtures/gaoxin-zones-2024.txt\n')[1].split('```')[0];
    const shown = block.split('\n').filter((l) => l.startsWith('│')).map(cells);
    expect(shown.length).toBeGreaterThan(3);
    const r = run(['-f', 'table', '--no-color', SAMPLE]);
    expect(r.code).toBe(0);
    const real = r.stdout.split('\n').filter((l) => l.startsWith('│')).map((l) => cells(l).join(' | '));
    for (const row of shown) expect(real, row.join(' | ')).toContain(row.join(' | '));
  });

  it('the CSV bullet says a null is an empty cell, as csv prints it', () => {
    const r = run(['-f', 'csv', '--fields', 'text,item', '-t', 'percent', SAMPLE]);
    expect(r.stdout.split('\r\n')[1]).toBe('8.2%,');
    const bullet = readme.split('- **csv**')[1].split('- **tsv**')[0];
    expect(bullet).not.toMatch(/empty cells are `null`/);
    expect(bullet).toMatch(/`null` is an empty cell/);
  });
});

describe('an argument that is not a file a newcomer meant', () => {
  it('a web address says cnmetrics does not fetch, and how to feed it the page', () => {
    const r = run(['https://www.stats.gov.cn/sj/zxfb/202501/t20250117_1958332.html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cnmetrics: https:\/\/www\.stats\.gov\.cn\/\S+: a web address, not a file/);
    expect(r.stderr).toContain('curl -sL');
    const h = run(['HTTP://example.com/a.txt']);
    expect(h.stderr).toContain('a web address, not a file');
  });

  it('the text itself as an argument says to pipe it', () => {
    for (const text of ['今年上半年GDP增长5%', '新开工项目47个，总投资292亿元']) {
      const r = run([text]);
      expect(r.code, text).toBe(2);
      expect(r.stderr, text).toContain(`cnmetrics: ${text}: no such file or directory`);
      expect(r.stderr, text).toMatch(/pipe it/);
    }
  });

  it('look-alikes keep the plain message: a missing file name, Chinese or not', () => {
    for (const name of ['missing.txt', '2024年统计公报.txt', 'reports/2024年3月', '统计公报']) {
      const r = run([name]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toBe(`cnmetrics: ${name}: no such file or directory\n`);
    }
  });
});

describe('the doc column of a narrow table', () => {
  // `cnmetrics reports/` over files that share a long folder: cut at the end, every document read
  // "2024年各地统计公报汇编/国民经济和社会发展统计…" and nobody could tell which was which.
  it('keeps the end of a long name (the file), cut at the start', () => {
    const dir = tmp();
    const deep = join('2024年各地统计公报汇编', '国民经济和社会发展统计公报');
    mkdirSync(join(dir, deep), { recursive: true });
    copyFileSync(SAMPLE, join(dir, deep, '东阳市.txt'));
    copyFileSync(SAMPLE, join(dir, deep, '晋中市.txt'));
    const r = run(['-f', 'table', '-t', 'amount', '2024年各地统计公报汇编'], { columns: '100', cwd: dir });
    expect(r.code).toBe(0);
    const docs = r.stdout.split('\n').filter((l) => l.startsWith('│')).map((l) => l.split('│')[1].trim()).filter(Boolean);
    expect(docs[0]).toBe('doc');
    const named = docs.slice(1);
    expect(named).toHaveLength(2);
    expect(named[0]).toMatch(/^….*东阳市\.txt$/);
    expect(named[1]).toMatch(/^….*晋中市\.txt$/);
    for (const l of r.stdout.split('\n')) expect(l.length <= 100 || [...l].length <= 100).toBe(true);
  });

  it('an absolute path keeps its file name too, and other word columns are still cut at the end', () => {
    const r = run(['-f', 'table', '--fields', 'doc,line,value,sentence', SAMPLE, SAMPLE], { columns: '100' });
    const body = r.stdout.split('\n').filter((l) => l.startsWith('│')).slice(1);
    expect(body[0].split('│')[1].trim()).toMatch(/gaoxin-zones-2024\.txt$/);
    expect(body.some((l) => /…\s*│$/.test(l))).toBe(true);
  });
});

describe('stdout redirected to a file whose name asks for another format', () => {
  // `cnmetrics a.txt > metrics.csv` writes TSV (stdout is not a terminal), which a spreadsheet
  // opens as one column; the shell keeps the name from us, but Linux shows it in /proc/self/fd/1.
  const toFile = (name: string, args: string[]) => {
    const dir = tmp();
    const path = join(dir, name);
    const fd = openSync(path, 'w');
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8', stdio: ['pipe', fd, 'pipe'], input: '',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    });
    closeSync(fd);
    return { code: r.status, stderr: r.stderr, out: readFileSync(path, 'utf8') };
  };
  const linux = existsSync('/proc/self/fd/1');

  it.runIf(linux)('> metrics.csv (and .json, .md, for summary too) notes the format written and how to get the one named', () => {
    for (const [name, fmt, args] of [['metrics.csv', 'csv', [SAMPLE]], ['m.json', 'json', [SAMPLE]], ['s.MD', 'md', ['summary', SAMPLE]]] as const) {
      const r = toFile(name, [...args]);
      expect(r.code, name).toBe(0);
      expect(r.out.split('\n')[0], name).toContain('\t');   // still TSV, as documented
      expect(r.stderr, name).toContain(`wrote tsv to ${name}`);
      expect(r.stderr, name).toContain(`-f ${fmt}`);
    }
  });

  it('look-alikes are quiet: -f given, a .tsv or .txt file, -o, a pipe', () => {
    expect(toFile('m.csv', ['-f', 'csv', SAMPLE]).stderr).toBe('');
    expect(toFile('m.csv', ['-f', 'tsv', SAMPLE]).stderr).toBe('');
    expect(toFile('m.tsv', [SAMPLE]).stderr).toBe('');
    expect(toFile('m.txt', [SAMPLE]).stderr).toBe('');
    const dir = tmp();
    expect(run(['-o', join(dir, 'm.csv'), SAMPLE]).stderr).toBe('');
    expect(run([SAMPLE]).stderr).toBe('');
  });
});
