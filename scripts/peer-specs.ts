/**
 * Runs the peer test suites (Recognizers-Text and Duckling Chinese specs, fixtures/peer-specs/)
 * against cnmetrics and prints, per file, passed / failed / out of scope, with the failures.
 *
 * How a case is run (the README (Compatibility) has the reasons):
 * - percent, currency and money cases go through `extract()` with the matching type
 *   (percent → `percent`, currency/money → `amount`), and compare span, value and unit, with the
 *   peer's fields mapped to our SPEC (个百分点 → `pp`, Duckling cents → yuan, …);
 * - number and numeral cases go through the number grammar alone: `findNumbers()` lists every
 *   numeral in the input (parseNumberAt plus fractions), and the list is compared whole.
 * - fixtures/peer-specs/exclusions.json lists the cases out of scope, each with its reason;
 *   fixtures/peer-specs/mappings.json gives, for single cases where our SPEC deliberately differs,
 *   the expectation as our SPEC states it, each with its reason.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../src/index.js';
import { findNumbers } from '../src/numbers/find.js';
import type { MetricRecord } from '../src/types.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'peer-specs');

/** One expected result as our SPEC states it. `end` exclusive, code points (all inputs are BMP). */
export interface Expect {
  start?: number;
  end?: number;
  value: number | null;
  valueMax?: number | null;
  unit?: string;
  approx?: string | null;
}

interface Exclusion { file: string; index: number; input: string; reason: string }
interface Mapping { file: string; index: number; input: string; expected: Expect[]; reason: string }

export interface FileResult {
  file: string;
  total: number;
  passed: number;
  failed: number;
  excluded: number;
  /** Passed against an expectation from mappings.json (a deliberate SPEC difference). */
  mapped: number;
  failures: Array<{ index: number; input: string; expected: Expect[]; got: Expect[] }>;
}

/** Files run case by case, and how. Files not listed here are out of scope as a whole. */
export const RUN_FILES = {
  'recognizers-zh-percent': 'percent',
  'recognizers-zh-currency': 'amount',
  'duckling-zh-money': 'money',
  'recognizers-zh-number': 'number',
  'duckling-zh-numeral': 'numeral',
} as const;
type Mode = (typeof RUN_FILES)[keyof typeof RUN_FILES];

/** Whole files out of scope (the reasons are in the README (Compatibility)). */
export const OUT_OF_SCOPE_FILES: Record<string, string> = {
  'recognizers-zh-ordinal': 'ordinals are never metrics (SPEC: 第5代, 第七届)',
  'duckling-zh-ordinal': 'ordinals are never metrics (SPEC: 第5代, 第七届)',
  'recognizers-zh-dimension': 'measurements are never metrics (SPEC: 4.8万平方米, 6887吨, 1.9公里)',
  'duckling-zh-quantity': 'measurements are never metrics (SPEC: 6887吨)',
  'recognizers-zh-numberrange': 'comparative ranges (大于/小于…) with interval notation; no JavaScript model in the peer either',
};

const readJsonl = (name: string): any[] =>
  readFileSync(join(DIR, `${name}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
export const exclusions: Exclusion[] = JSON.parse(readFileSync(join(DIR, 'exclusions.json'), 'utf8'));
export const mappings: Mapping[] = JSON.parse(readFileSync(join(DIR, 'mappings.json'), 'utf8'));

/** Recognizers prints values with 15 significant digits (.NET "G15"); compare at that precision. */
const g15 = (v: number) => Number(v.toPrecision(15));
const sameValue = (a: number | null | undefined, b: number | null | undefined) =>
  (a === null || a === undefined) ? (b === null || b === undefined) : (b !== null && b !== undefined && g15(a) === g15(b));

const cpLen = (s: string) => [...s].length;

// Recognizers' English unit names → ISO 4217. `Dollar` (a bare `$`) is USD per our SPEC ($2.5亿).
const DOLLAR_ISO: Record<string, string> = { Dollar: 'USD' };

function recognizersExpect(mode: Mode, o: any): Expect[] {
  const out: Expect[] = [];
  for (const e of o.expected) {
    if (e.value === null) continue; // a currency name with no amount is not a metric (SPEC)
    const raw = [...o.input].slice(e.start, e.end + 1).join('');
    const x: Expect = { start: e.start, end: e.end + 1, value: Number(String(e.value).replace('%', '')) };
    if (mode === 'percent') x.unit = /百\s*分\s*[点點]/.test(raw) ? 'pp' : '%';
    if (mode === 'amount') x.unit = e.isoCurrency ?? DOLLAR_ISO[e.unit] ?? e.unit;
    out.push(x);
  }
  return out;
}

/** Duckling's money: cents are hundredths of the unit; `$` (元 块 蚊) is the local dollar of the word. */
function ducklingMoneyExpect(o: any): Expect[] {
  // Bound words (最多, 至少, 以下, 以上) set `approx` and stay outside our `text`.
  const lead = /^(最多|至少|起码|起碼)/.exec(o.input)?.[0].length ?? 0;
  const trail = /(以下|以上)$/.exec(o.input)?.[0].length ?? 0;
  const s0 = lead;
  const len = cpLen(o.input) - trail;
  const cents = o.unit === 'cent';
  const scale = (v: number | undefined) => (v === undefined ? undefined : cents ? v / 100 : v);
  let unit = o.currency === 'HKD' || /[蚊毫]|港/.test(o.input) ? 'HKD' : 'CNY';
  if (o.currency === 'CNY') unit = 'CNY';
  if (o.type === 'value') return [{ start: s0, end: len, value: scale(o.value)!, valueMax: null, unit }];
  if (o.from !== undefined && o.to !== undefined) return [{ start: s0, end: len, value: scale(o.from)!, valueMax: scale(o.to)!, unit }];
  if (o.to !== undefined) return [{ start: s0, end: len, value: scale(o.to)!, unit, approx: 'at_most' }];
  return [{ start: s0, end: len, value: scale(o.from)!, unit, approx: 'at_least' }];
}

function fromRecord(r: MetricRecord): Expect {
  return { start: r.start, end: r.end, value: r.value, valueMax: r.value_max, unit: r.unit, approx: r.approx };
}

function matches(want: Expect[], got: Expect[]): boolean {
  if (want.length !== got.length) return false;
  return want.every((w, k) => {
    const g = got[k];
    if (w.start !== undefined && w.start !== g.start) return false;
    if (w.end !== undefined && w.end !== g.end) return false;
    if (!sameValue(w.value, g.value)) return false;
    if (w.valueMax !== undefined && !sameValue(w.valueMax, g.valueMax)) return false;
    if (w.unit !== undefined && w.unit !== g.unit) return false;
    if (w.approx !== undefined && w.approx !== g.approx) return false;
    return true;
  });
}

function run(mode: Mode, input: string): Expect[] {
  if (mode === 'percent') return extract(input, { types: ['percent'] }).map(fromRecord);
  if (mode === 'amount' || mode === 'money') return extract(input, { types: ['amount'] }).map(fromRecord);
  return findNumbers(input).map((n) => ({ start: cpLen(input.slice(0, n.start)), end: cpLen(input.slice(0, n.end)), value: n.value, valueMax: n.valueMax }));
}

export function runFile(file: keyof typeof RUN_FILES): FileResult {
  const mode = RUN_FILES[file];
  const cases = readJsonl(file);
  const res: FileResult = { file, total: cases.length, passed: 0, failed: 0, excluded: 0, mapped: 0, failures: [] };
  cases.forEach((o, index) => {
    const ex = exclusions.find((e) => e.file === file && e.index === index);
    if (ex) {
      if (ex.input !== o.input) throw new Error(`exclusions.json: ${file}#${index} input does not match`);
      res.excluded++;
      return;
    }
    const map = mappings.find((m) => m.file === file && m.index === index);
    if (map && map.input !== o.input) throw new Error(`mappings.json: ${file}#${index} input does not match`);
    let want: Expect[];
    if (map) want = map.expected;
    else if (mode === 'money') want = ducklingMoneyExpect(o);
    else if (mode === 'numeral') {
      // Duckling's phrase may end in the classifier 个/個 (一个); it stays outside the numeral.
      const len = cpLen(o.input.replace(/[个個]$/, ''));
      want = [{ start: 0, end: len, value: o.value }];
    } else want = recognizersExpect(mode, o);
    const got = run(mode, o.input);
    if (matches(want, got)) { res.passed++; if (map) res.mapped++; }
    else { res.failed++; res.failures.push({ index, input: o.input, expected: want, got }); }
  });
  return res;
}

export function runAll(): FileResult[] {
  return (Object.keys(RUN_FILES) as Array<keyof typeof RUN_FILES>).map(runFile);
}

const fmt = (e: Expect[]) => e.map((x) => `[${x.start},${x.end}) ${x.value}${x.valueMax != null ? `..${x.valueMax}` : ''}${x.unit ? ' ' + x.unit : ''}${x.approx ? ' ' + x.approx : ''}`).join(' | ') || '(none)';

function main() {
  let bad = false;
  for (const r of runAll()) {
    const inScope = r.passed + r.failed;
    const pct = inScope ? ((100 * r.passed) / inScope).toFixed(1) : '-';
    console.log(`${r.file}: ${r.passed} passed (${r.mapped} of them against a SPEC-mapped expectation), ${r.failed} failed, ${r.excluded} out of scope (of ${r.total}); ${pct}% of in-scope cases pass`);
    for (const f of r.failures) console.log(`  #${f.index} ${JSON.stringify(f.input)}\n      want ${fmt(f.expected)}\n      got  ${fmt(f.got)}`);
    if (inScope && r.passed / inScope < 0.95) bad = true;
  }
  for (const [f, why] of Object.entries(OUT_OF_SCOPE_FILES)) console.log(`${f}: out of scope as a whole: ${why}`);
  process.exitCode = bad ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
