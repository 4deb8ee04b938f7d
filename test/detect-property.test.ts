import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { foldWidth } from '../src/normalize.js';
import { readFixture } from './helpers.js';
import type { MetricRecord } from '../src/types.js';

/**
 * Issue 12, property over the corpus fixtures: every value is a reading of its text. For each
 * record: `value_max ≥ value` whenever value_max is set; a negative value only with a sign
 * written before its first digit (a range's dash is never a minus: 1万元(含)-5万元); and the
 * value's digits stand in the text.
 *
 * "The digits stand in the text", precisely: when the text is written in Arabic digits only
 * (no Chinese numeral character such as 一 十 百, which would carry digits of their own; scale
 * words 万 亿 and units are fine), the significant digits of the value (its decimal digits without
 * the point, the sign, and leading and trailing zeros: 1200000000000 → `12`, 0.05 → `5`) are a
 * substring of the text's digits with leading and trailing zeros dropped (`1.2万亿元` → `12`,
 * `12,356.78万元` → `1235678`, `3-5万元` → `35`; a bare scale, `亿元` of 上亿元, → `1`). That holds under every shift the units make
 * (万 亿 ‰ 成 折 bp) and fails for any value no reading of the written digits gives.
 */
const FILES = [
  'finance-announcements-fewfc-dev.txt', 'gaoxin-zones-2024.txt', 'gov-work-report-beijing-2026.txt',
  'gov-work-report-zhejiang-2026.txt', 'stats-analysis-daqing.txt', 'stats-communique-luoyang-2023.txt',
  'stats-communique-zhoukou-2023.txt',
];
const JSONL = ['finance-news-fincuge-30.jsonl', 'news-econ-2023.jsonl'];

function docs(): Array<[string, string]> {
  const out: Array<[string, string]> = FILES.map((f) => [f, readFixture(f)]);
  for (const f of JSONL) {
    for (const l of readFixture(f).split('\n')) if (l.trim()) { const o = JSON.parse(l); out.push([`${f}#${o.id}`, o.text]); }
  }
  return out;
}

const CHINESE_NUMERAL = /[零〇○一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅卌半]/;
const trimZeros = (d: string) => d.replace(/^0+/, '').replace(/0+$/, '');
/** Significant digits of a finite number in plain decimal notation; null beyond what a double holds exactly. */
function sig(v: number): string | null {
  const s = String(Math.abs(v));
  if (s.includes('e') || Math.abs(v) > Number.MAX_SAFE_INTEGER) return null;
  return trimZeros(s.replace('.', ''));
}

/** The broken rules of one record (empty when it is a reading of its text). */
export function valueProblems(r: MetricRecord): string[] {
  const out: string[] = [];
  const text = foldWidth(r.text);
  if (r.value_max !== null && !(r.value_max >= r.value)) out.push(`value_max ${r.value_max} < value ${r.value}`);
  if (r.value < 0) {
    const firstDigit = text.search(/[0-9零〇一二两兩三四五六七八九十百千]/);
    if (!/[-−负負]/.test(text.slice(0, Math.max(0, firstDigit)))) out.push(`negative ${r.value} without a sign`);
  }
  if (!CHINESE_NUMERAL.test(text.replace(/[百千万]分之/g, ''))) {
    // a bare scale (上亿元, 逾百亿元 → `亿元`) is one of it: its digits are `1`
    const digits = /[0-9]/.test(text) ? trimZeros(text.replace(/[^0-9]/g, '')) : '1';
    for (const v of r.value_max === null ? [r.value] : [r.value, r.value_max]) {
      const d = sig(v);
      if (d !== null && d !== '' && !digits.includes(d)) out.push(`value ${v} (digits ${d}) not in ${JSON.stringify(r.text)}`);
    }
  }
  return out;
}

describe('every value is a reading of its text (corpus fixtures)', () => {
  const all = docs();
  it('holds for every record of every fixture text', () => {
    const bad: string[] = [];
    let n = 0;
    for (const [name, text] of all) {
      for (const r of extract(text, { doc: name })) {
        n++;
        for (const p of valueProblems(r)) bad.push(`${name}:${r.line} ${p}`);
      }
    }
    expect(n).toBeGreaterThan(3000);
    expect(bad).toEqual([]);
  });

  it('catches the faults it is meant to catch', () => {
    const rec = (text: string, value: number, value_max: number | null = null) =>
      ({ text, value, value_max } as MetricRecord);
    expect(valueProblems(rec('1万元(含)-5万元', -50000))).toHaveLength(1);       // a dash read as a minus
    expect(valueProblems(rec('5万亿两个', 5000020000000))).toEqual([]);           // Chinese numerals: not judged by digits
    expect(valueProblems(rec('5万亿2个', 5000020000000))).toHaveLength(1);         // no reading gives 500002
    expect(valueProblems(rec('5000到2万元', 50000000, 20000))).toHaveLength(1);   // max below value
    expect(valueProblems(rec('1.2万亿元', 1200000000000))).toEqual([]);
    expect(valueProblems(rec('12,356.78万元', 123567800))).toEqual([]);
    expect(valueProblems(rec('-1,234.56万元', -12345600))).toEqual([]);
    expect(valueProblems(rec('千分之8', 0.8))).toEqual([]);
    expect(valueProblems(rec('47. 4%', 47.4))).toEqual([]);
  });
});
