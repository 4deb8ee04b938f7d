import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SUMMARY_FIELDS } from '../src/views/summary.js';
import { MARK_OPEN, MARK_CLOSE } from '../src/views/highlight.js';
import { PROGRESS_MIN_FILES, renderProgress, startProgress } from '../src/cli/progress.js';
import { ROOT, addedInSummary, fixture, readGold } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const SAMPLE = fixture('gaoxin-zones-2024.txt');

function run(args: string[], input?: string, env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `summary -f jsonl` of the sample, run once for the tests that read it. */
let summaryJsonl: string | undefined;
const sampleSummaryJsonl = () => (summaryJsonl ??= run(['summary', '-f', 'jsonl', SAMPLE]).stdout);

/** Cells of a Markdown table row; `\|` is a pipe inside a cell, not a border. */
function mdCells(line: string): string[] {
  expect(line.startsWith('|') && line.endsWith('|'), line).toBe(true);
  return line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

/** A directory of many small articles: a long run by file count. */
function manyFiles(n = PROGRESS_MIN_FILES + 5): string {
  const dir = mkdtempSync(join(tmpdir(), 'cnm-views-'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), `珠海高新区签约项目${i + 1}个，总投资额${i + 1}亿元。`);
  return dir;
}

describe('cnmetrics summary', () => {
  it('writes rows of the documented schema as JSON Lines, totals equal to the gold amounts of the whole article', () => {
    const r = run(['summary', '--by', 'none', '-f', 'jsonl', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const row of rows) expect(Object.keys(row)).toEqual([...SUMMARY_FIELDS]);
    const gold = readGold('gaoxin-zones-2024.gold.jsonl').filter((g) => g.type === 'amount' && !g.optional && addedInSummary(g));
    // every amount the summary adds is in a total of its own indicator, unit and period
    const totals = rows.filter((x) => x.kind === 'total');
    const fen = (n: number) => Math.round(n * 100);
    expect(totals.reduce((s, t) => s + fen(t.value), 0)).toBe(gold.filter((g) => g.indicator !== null && g.trend === null).reduce((s, g) => s + fen(g.value), 0));
    for (const t of totals) expect(rows.filter((x) => x.kind === 'total' && x.indicator === t.indicator && x.period === t.period && x.unit === t.unit && x.region === t.region)).toHaveLength(1);
    // 超12亿元 and 约5亿元: a total of a fuzzy figure must not pass as exact
    expect(totals.find((t) => t.indicator === '达产规模')!.approx).toBe('over');
    expect(totals.find((t) => t.detail.includes('5亿元') && t.region === '合肥高新区')!.approx).toBe('about');
    // 珠海's headline figures and 重庆's headline GDP are restated further down
    expect(rows.filter((x) => x.kind === 'mentions')).toEqual([expect.objectContaining({ group: null, merged: 5 })]);
  });

  it('gives 珠海高新区 and 重庆高新区 each a table whose totals are the sums of their gold amounts, each figure once', () => {
    const rows = sampleSummaryJsonl().trim().split('\n').map((l) => JSON.parse(l));
    const gold = readGold('gaoxin-zones-2024.gold.jsonl');
    for (const region of ['珠海高新区', '重庆高新区']) {
      const amounts = gold.filter((g) => g.type === 'amount' && g.region === region && !g.optional && addedInSummary(g));
      const byIndicator = new Map<string, number>();
      for (const g of amounts) byIndicator.set(String(g.indicator), (byIndicator.get(String(g.indicator)) ?? 0) + Math.round(g.value * 100));
      const totals = rows.filter((x) => x.kind === 'total' && x.group === region);
      // the values, not the names: an indicator's wording is attribution's business (一次性奖励 / 奖励)
      const sorted = (v: number[]) => [...v].sort((x, y) => x - y);
      expect(sorted(totals.map((t) => Math.round(t.value * 100))), region).toEqual(sorted([...byIndicator.values()]));
    }
  });

  it('writes CSV with the schema header that parses back to the JSON rows', () => {
    const csv = run(['summary', '-f', 'csv', SAMPLE]);
    const jl = sampleSummaryJsonl().trim().split('\n').map((l) => JSON.parse(l));
    expect(csv.stdout.split('\r\n')[0]).toBe(SUMMARY_FIELDS.join(','));
    const rows: Record<string, string>[] = parse(csv.stdout, { columns: true });
    expect(rows).toHaveLength(jl.length);
    rows.forEach((row, i) => {
      for (const f of SUMMARY_FIELDS) expect(row[f], `${i}.${f}`).toBe(jl[i][f] === null ? '' : String(jl[i][f]));
    });
  });

  it('writes Markdown tables whose header, separator and rows have the same number of cells', () => {
    const r = run(['summary', '-f', 'md', SAMPLE]);
    expect(r.code).toBe(0);
    const blocks = r.stdout.split(/^### .*$/m).slice(1);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const lines = block.trim().split('\n');
      const width = mdCells(lines[0]).length;
      expect(width).toBe(5);
      expect(mdCells(lines[1]).every((c) => /^:?-{3,}:?$/.test(c))).toBe(true);
      expect(lines.length).toBeGreaterThan(2);
      for (const l of lines) expect(mdCells(l), l).toHaveLength(width);
    }
    expect(r.stdout).toContain('| 合同投资额 (今年上半年) | 51,400,000,000 CNY |');
  });

  it('escapes pipes in Markdown cells', () => {
    const r = run(['summary', '-f', 'md', '--by', 'doc', '-'], '总投资额5亿元。', {});
    expect(r.stdout).toContain('### -');
    const dir = mkdtempSync(join(tmpdir(), 'cnm-md-'));
    const odd = join(dir, 'a|b.txt');
    writeFileSync(odd, '总投资额5亿元，合同投资额3亿元。');
    const md = run(['summary', '-f', 'md', '--by', 'doc', odd]).stdout;
    expect(md).toContain('a\\|b.txt');
    for (const l of md.split('\n').filter((x) => x.startsWith('|'))) expect(mdCells(l)).toHaveLength(5);
  });

  it('prints one table per group on a terminal-style table, with the merged repeats said', () => {
    const para = '今年上半年，签约项目47个，合同投资额514亿元。';
    const r = run(['summary', '-f', 'table', '--by', 'none'], `${para}\n\n${para}\n`, { COLUMNS: '200' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('all inputs — 2 mentions, 2 merged (repeated or restated)');
    expect(r.stdout).toContain('514亿 CNY');
    expect(r.stdout).toMatch(/merged: 47个 \(line 3, repeats line 1\)/);
  });

  it('rejects an unknown --by with exit 2', () => {
    const r = run(['summary', '--by', 'city', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('cnmetrics highlight', () => {
  it('marks metrics with plain markers when piped, legend on stderr', () => {
    const r = run(['highlight', '-'], '今年上半年，GDP同比增长8.2%，总投资额292亿元。');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`今年上半年，GDP同比增长${MARK_OPEN}8.2%${MARK_CLOSE}，总投资额${MARK_OPEN}292亿元${MARK_CLOSE}。\n`);
    expect(r.stderr).toBe(`cnmetrics: percent 1, amount 1, count 0 (marked ${MARK_OPEN}…${MARK_CLOSE})\n`);
    expect(run(['highlight', '-q', '-'], '增长8.2%').stderr).toBe('');
  });

  it('keeps colors for a pager with --color=always, and FORCE_COLOR', () => {
    for (const args of [['highlight', '--color=always', SAMPLE], ['highlight', SAMPLE]]) {
      const env = args.includes('--color=always') ? {} : { NO_COLOR: undefined, FORCE_COLOR: '1' };
      const r = run(args, undefined, env);
      expect(r.stdout).toContain('\x1b[1;33m292亿元\x1b[0m');
      expect(r.stdout).toContain('\x1b[1;36m12.2%\x1b[0m');
      expect(r.stdout).toContain('\x1b[1;32m47个\x1b[0m');
      expect(r.stdout).not.toContain(MARK_OPEN);
    }
    expect(run(['highlight', '--no-color', SAMPLE], undefined, { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).not.toContain('\x1b');
  });

  it('shows only the lines around metrics with -C and numbers them with -n', () => {
    const r = run(['highlight', '-C', '0', '-n', SAMPLE]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`3:重庆高新区上半年GDP增长${MARK_OPEN}8.2%${MARK_CLOSE}`);
    expect(lines[1]).toBe('--');
    for (const l of lines) expect(l === '--' || /^\d+:.*⟦/.test(l), l).toBe(true);
  });

  it('names each input when given several, and rejects a bad --context', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cnm-hl-'));
    writeFileSync(join(dir, 'a.txt'), '增长8%。');
    writeFileSync(join(dir, 'b.txt'), '投资5亿元。');
    const r = run(['highlight', dir]);
    expect(r.stdout).toBe(`==> ${join(dir, 'a.txt')} <==\n增长${MARK_OPEN}8%${MARK_CLOSE}。\n\n==> ${join(dir, 'b.txt')} <==\n投资${MARK_OPEN}5亿元${MARK_CLOSE}。\n`);
    const bad = run(['highlight', '-C', 'x', SAMPLE]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('help', () => {
  it('has examples for every command', () => {
    const helps = [['--help'], ['extract', '--help'], ['summary', '--help'], ['highlight', '--help']].map((args) => {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toContain('Examples:');
      return r.stdout;
    });
    expect(helps[0]).toMatch(/summary[\s\S]*highlight/); // --help
  });
});

describe('progress', () => {
  it('prints nothing on stderr when stderr is not a terminal, even for a long run', () => {
    const dir = manyFiles();
    for (const args of [['-f', 'tsv', dir], ['summary', '-f', 'tsv', dir], ['summary', '-f', 'table', dir]]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });

  it('draws a bar on a terminal for many files, not for few, never with --quiet', () => {
    const writes: string[] = [];
    const tty = { isTTY: true, columns: 80, write: (s: string) => writes.push(s) };
    const few = Array.from({ length: 3 }, (_, i) => ({ name: `f${i}`, path: null }));
    startProgress(few, { stream: tty }).step(few[0], 'x');
    expect(writes).toEqual([]);
    const dir = manyFiles();
    const many = Array.from({ length: PROGRESS_MIN_FILES + 5 }, (_, i) => ({ name: `a${i}`, path: join(dir, `a${String(i).padStart(3, '0')}.txt`) }));
    startProgress(many, { stream: tty, quiet: true }).step(many[0]);
    startProgress(many, { stream: { ...tty, isTTY: false } }).step(many[0]);
    expect(writes).toEqual([]);
    let t = 0;
    const p = startProgress(many, { stream: tty, now: () => t });
    for (const ref of many) { t += 10; p.step(ref); }
    p.clear();
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(many.length); // redraws are throttled
    expect(writes.at(-2)).toMatch(/^\r\[█+\] 25\/25 files/);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  // `script` gives the child a real pseudo-terminal; without it this check cannot be made here
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('draws the bar in a real terminal and clears it, and --quiet keeps it off', () => {
    const dir = manyFiles();
    const inPty = (extra: string) => spawnSync('script', ['-qec', `'${process.execPath}' '${BIN}' summary ${extra} --by none '${dir}' >/dev/null`, '/dev/null'],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    const shown = inPty('');
    expect(shown).toMatch(/\r\[█+\] 25\/25 files/);
    expect(shown.endsWith('\r\x1b[K')).toBe(true);
    expect(inPty('-q')).toBe('');
  });

  it('fits the bar to the terminal and shows files, bytes and rate', () => {
    const line = renderProgress(12, 40, 3 * 1048576, 8 * 1048576, 2000, 80);
    expect(line).toMatch(/^\[█+░+\] 12\/40 files {2}3\.0\/8\.0 MB {2}1\.5 MB\/s$/);
    expect(line.length).toBeLessThan(80);
    for (const cols of [20, 40, 60]) expect(renderProgress(12, 40, 1, 2, 1, cols).length).toBeLessThan(cols);
  });
});
